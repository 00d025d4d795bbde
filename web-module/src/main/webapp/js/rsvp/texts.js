import { api } from '../platform/api.js';

/**
 * The guest page's texts in one language, from the server's guest-texts/<language>.properties
 * (GET /api/public/rsvp-texts/{language}), English for any key a language lacks. `text(key, words)`
 * fills {name}-style words.
 */
export async function loadTexts(language) {
  let texts;
  try {
    texts = await api('GET', `/public/rsvp-texts/${encodeURIComponent(language)}`, { anonymous: true });
  } catch {
    texts = language === 'en' ? {} : await api('GET', '/public/rsvp-texts/en', { anonymous: true }).catch(() => ({}));
  }
  return (key, words = {}) => (texts[key] || key).replace(/\{(\w+)\}/g, (all, word) => (word in words ? words[word] : all));
}

/** The language to greet a visitor in before the event's is known: the browser's, if it is one of ours. */
export function browserLanguage() {
  return (navigator.language || 'en').slice(0, 2).toLowerCase();
}

/** Sets the document's language and direction (Hebrew is right to left). */
export function applyLanguage(language, direction) {
  document.documentElement.lang = language;
  document.documentElement.dir = direction === 'rtl' ? 'rtl' : 'ltr';
}
