// The station's own settings: its name and the event it guards, kept in this device's
// localStorage so a volunteer sets them up once per phone (they are not secrets).
const KEY = 'usher.station';

/** {station, eventId, eventName} or null when this device was never set up. */
export function loadSettings() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    return saved && typeof saved.station === 'string' && saved.station.trim() ? saved : null;
  } catch {
    return null;
  }
}

export function saveSettings(settings) {
  localStorage.setItem(KEY, JSON.stringify(settings));
}

export function forgetSettings() {
  localStorage.removeItem(KEY);
}
