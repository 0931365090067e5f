// A printed page shows what folded sections hold (a trend's data table, an indicator's definition): each closed
// <details> opens before printing and closes again after, so the screen is left as the user had it.
export function openDetailsForPrinting() {
  let opened = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('details:not([open])')];
    for (const details of opened) details.open = true;
  });
  addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
}
