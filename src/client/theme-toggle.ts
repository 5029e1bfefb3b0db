/**
 * The colour theme button: automatic → light → dark → automatic. "Automatic" follows the
 * system setting; light and dark are stored and applied by the head script on every page
 * (src/shared/theme.ts), and other open tabs follow a change, as does a page the reader
 * comes back to from the browser's back-forward cache.
 */
import { THEME_STORAGE_KEY } from '../shared/theme-key.ts';

type Choice = 'auto' | 'light' | 'dark';
const ORDER: Choice[] = ['auto', 'light', 'dark'];
const LABELS: Record<Choice, string> = { auto: 'Auto', light: 'Light', dark: 'Dark' };

function currentChoice(): Choice {
  const t = document.documentElement.dataset.theme;
  return t === 'light' || t === 'dark' ? t : 'auto';
}

function apply(choice: Choice): void {
  if (choice === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

const asChoice = (value: string | null): Choice => (value === 'light' || value === 'dark' ? value : 'auto');

function stored(): Choice {
  try {
    return asChoice(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return currentChoice();
  }
}

function store(choice: Choice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

export function startThemeToggle(): void {
  const button = document.getElementById('theme-toggle');
  const label = button?.querySelector('.theme-toggle__label');
  if (!button || !label) return;
  const show = (): void => {
    const choice = currentChoice();
    const next = ORDER[(ORDER.indexOf(choice) + 1) % ORDER.length]!;
    label.textContent = LABELS[choice];
    button.title = `Colour theme: ${LABELS[choice].toLowerCase()}${choice === 'auto' ? ' (follows your system)' : ''}. Switch to ${LABELS[next].toLowerCase()}.`;
  };
  button.addEventListener('click', () => {
    const next = ORDER[(ORDER.indexOf(currentChoice()) + 1) % ORDER.length]!;
    apply(next);
    store(next);
    show();
  });
  window.addEventListener('storage', (event) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    apply(asChoice(event.newValue));
    show();
  });
  // A page restored from the back-forward cache missed the storage events of the pages
  // after it (the choice made there).
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    apply(stored());
    show();
  });
  show();
  button.hidden = false;
}
