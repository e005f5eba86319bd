/**
 * Word families shared by several intents' patterns (English, Portuguese, Spanish; accents already
 * stripped). Singular forms only: the matcher tolerates a plural "s"/"es".
 */
export const INTENT_MACROS: Readonly<Record<string, string>> = {
  ticket: [
    'ticket|pass|seat|entry|admission',
    'entrada|ingresso|bilhete|boleto|billete|pase|passe|lugar|inscricao|inscripcion|plaza',
  ].join('|'),
  buy: [
    'buy|purchase|book|reserve|order|get|grab|want|need|secure|like|snag|pick|score',
    'comprar|compro|compra|quero|queria|quiero|quisiera|preciso|necesito|reservar|reserva|adquirir|pegar',
    'conseguir|garantir|dame|quer|queremos|necesitamos|precisamos',
  ].join('|'),
  booking: [
    'booking|reservation|order|purchase|registration|ticket|pass|seat|place|spot',
    'entrada|ingresso|bilhete|boleto|billete|reserva|compra|inscripcion|inscricao|pedido|lugar|plaza',
  ].join('|'),
  cancel: 'cancel|cancelar|cancela|cancelo|cancele|anular|anula|annul|revoke|void|scrap|desmarcar|desmarca',
  meeting: [
    'meeting|meet|chat|call|coffee|oneonone|appointment|catchup|sync|intro|introduction|meetup',
    'reuniao|reunion|cita|encontro|conversa|cafe|cafecito|charla|papo|reunioes|reuniones',
  ].join('|'),
  waitlist: 'waitlist|queue|fila|cola',
  people: [
    'people|attendee|folk|person|connection|contact|match|partner|investor|founder|cofounder|vc|angel',
    'cto|ceo|cfo|engineer|developer|dev|designer|recruiter|startup|builder|speaker|participant|networker',
    'mentor|hire|candidate|customer|client|buyer|peer|data|scientist|expert|marketer|manager',
    'pessoas|pessoa|personas|persona|gente|contatos|contactos|inversores|investidores|fundadores',
  ].join('|'),
  role: [
    'cto|ceo|cfo|coo|cmo|cpo|vp|founder|cofounder|engineer|developer|dev|investor|vc|manager|designer|student',
    'scientist|researcher|consultant|recruiter|marketer|pm|director|lead|head|sre|analyst|architect',
    'freelancer|entrepreneur|programmer|coder|product|data|software|backend|frontend|fullstack|devops',
    'ml|ai|partner|owner|organizer|organiser|journalist|teacher|professor|intern|officer|specialist',
    'fundador|fundadora|ingeniero|ingeniera|engenheiro|engenheira|desarrollador|desenvolvedor|inversor',
    'investidor|estudiante|estudante|gerente|diretor|director|programador|programadora|disenador|designer',
  ].join('|'),
  human: [
    'human|humans|operator|agent|representative|rep|staff|organizer|organiser|helpdesk|humano|humana',
    'operador|agente|atendente|atendimento|soporte|suporte|staffer|volunteer|supervisor|voluntario',
  ].join('|'),
  thank: [
    'thanks|thank|thankyou|cheers|appreciate|appreciated|ta|grateful|kudos|merci|danke|grazie',
    'obrigado|obrigada|brigado|brigada|valeu|agradecido|agradecida|agradezco|agradeco|gracias',
  ].join('|'),
  wh: 'what|where|when|how|which|who|why|onde|donde|cuando|quando|que|como|cual|qual|quem|quien',
};
