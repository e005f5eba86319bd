/** Integer cents → "€499.00" (Irish English: the euro sign before the amount, a point for decimals). */
export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(cents / 100);
}
