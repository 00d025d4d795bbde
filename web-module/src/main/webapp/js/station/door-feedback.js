// What the volunteer hears and feels with each answer, and the screen kept awake while the
// station scans. Every part is optional: a browser without Web Audio, vibration or a wake lock
// still shows every answer on screen.

const TONES = {
  admitted: [[880, 0.12]],
  choose: [[660, 0.1], [880, 0.1]],
  used: [[220, 0.18], [0, 0.06], [220, 0.18]],
  invalid: [[220, 0.18], [0, 0.06], [220, 0.18]],
  expired: [[220, 0.18], [0, 0.06], [220, 0.18]],
  forbidden: [[180, 0.4]],
  offline: [[330, 0.25]],
};
const VIBRATIONS = { admitted: [60], choose: [40, 40, 40], used: [200, 80, 200], invalid: [200, 80, 200], expired: [200, 80, 200], forbidden: [400], offline: [150] };

let audio = null;

/** A short tone and a vibration for the kind of answer; silently nothing where unsupported. */
export function signal(kind) {
  try {
    if (navigator.vibrate && VIBRATIONS[kind]) navigator.vibrate(VIBRATIONS[kind]);
  } catch { /* vibration refused: the screen says it all */ }
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context || !TONES[kind]) return;
  try {
    audio = audio || new Context();
    let at = audio.currentTime;
    for (const [hz, seconds] of TONES[kind]) {
      if (hz) {
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = hz;
        gain.gain.setValueAtTime(0.2, at);
        gain.gain.exponentialRampToValueAtTime(0.001, at + seconds);
        tone.connect(gain).connect(audio.destination);
        tone.start(at);
        tone.stop(at + seconds);
      }
      at += seconds;
    }
  } catch { /* no sound: the screen says it all */ }
}

/**
 * Keeps the screen on while the station scans (navigator.wakeLock), taken again when the page
 * comes back into view (the browser lets it go when hidden). `onState` hears 'held' or
 * 'unsupported' (then the volunteer is told to keep the screen on themself).
 */
export class ScreenWake {
  constructor(onState) {
    this.onState = onState;
    this.lock = null;
    this.wanted = false;
    this.onVisible = () => { if (this.wanted && document.visibilityState === 'visible') this.take(); };
  }

  async start() {
    this.wanted = true;
    document.addEventListener('visibilitychange', this.onVisible);
    await this.take();
  }

  async take() {
    if (!('wakeLock' in navigator)) {
      this.onState('unsupported');
      return;
    }
    try {
      this.lock = await navigator.wakeLock.request('screen');
      this.onState('held');
    } catch {
      this.onState('unsupported');
    }
  }

  stop() {
    this.wanted = false;
    document.removeEventListener('visibilitychange', this.onVisible);
    if (this.lock) this.lock.release().catch(() => {});
    this.lock = null;
  }
}
