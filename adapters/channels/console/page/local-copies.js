// The page shows what you send at once, before the server has it. Each local copy gives way to the
// stored message as soon as a poll brings it back, so nothing is shown twice.
import { el, ui } from './dom.js';
import { clockIcon, mediaLabel, statusMark, textOf } from './render-message.js';

export function addLocalCopy(preview) {
  const bubble = el('div', { className: `bubble${preview.kind === 'button' ? ' tapped' : ''}` }, [
    preview.kind === 'media' ? mediaLabel(preview) : textOf(preview.text),
    el('span', { className: 'meta' }),
  ]);
  const problem = el('button', { className: 'retry', attrs: { type: 'button' } });
  const node = el('div', { className: 'row me local gap' }, [
    el('div', { className: 'stack' }, [bubble, problem]),
  ]);
  node.dataset.kind = preview.kind;
  node.dataset.text = preview.text;
  const copy = { node, problem, retry: null };
  problem.addEventListener('click', () => copy.retry?.());
  ui.local.append(node);
  markSending(copy);
  return copy;
}

export function markSending(copy) {
  copy.node.classList.remove('failed');
  copy.node
    .querySelector('.meta')
    .replaceChildren(clockIcon(), el('span', { className: 'sr-only', text: ', sending' }));
  copy.problem.hidden = true;
}

export function markStored(copy) {
  copy.node.dataset.storedAt = String(performance.now());
}

export function markFailed(copy, reason, retry) {
  copy.node.classList.add('failed');
  copy.node.querySelector('.meta').replaceChildren(statusMark('!', 'failed'));
  copy.problem.textContent = `Not sent: ${reason} Tap to retry.`;
  copy.problem.hidden = false;
  copy.retry = retry;
}

/** The stored message has arrived: its local copy goes at once. */
export function dropLocalCopy(body) {
  for (const node of ui.local.querySelectorAll('.local:not(.failed)')) {
    if (node.dataset.kind === body?.kind && node.dataset.text === body?.text) {
      node.remove();
      return;
    }
  }
}

/**
 * Fallback for copies the server stored differently (very long text is truncated): any poll that
 * started after the server acknowledged them has brought the stored message back.
 */
export function dropConfirmedCopies(pollStartedAt) {
  for (const node of ui.local.querySelectorAll('.local[data-stored-at]')) {
    if (Number(node.dataset.storedAt) < pollStartedAt) node.remove();
  }
}
