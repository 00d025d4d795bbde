import { createDecoder } from './qr-decoder.js';

const FRAME_INTERVAL_MS = 150;
/** A code still in front of the camera is not scanned again until it was out of sight this long... */
const GONE_MS = 1500;
/** ...or this long after it was last handed over (so a code held up for a while is scanned again). */
const REPEAT_MS = 10000;

/**
 * Scans the camera continuously (the back camera on a phone) and hands each code over once:
 * `onCode(text)`. While `paused` (a result on screen) frames are still read, so a code held
 * up the whole time is not handed over again the moment scanning resumes.
 */
export class CameraScanner {
  constructor(video, { onCode, onState }) {
    this.video = video;
    this.canvas = document.createElement('canvas');
    this.onCode = onCode;
    this.onState = onState;
    this.paused = false;
    this.last = { code: null, seenAt: 0, handedAt: 0 };
  }

  /** Starts the camera; reports {state: 'on', decoder} or {state: 'off', reason}. */
  async start() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      this.onState({ state: 'off', reason: 'This browser gives no camera access here (it needs HTTPS, or localhost).' });
      return;
    }
    try {
      this.decoder = this.decoder || await createDecoder();
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: false, video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
      });
    } catch (e) {
      this.onState({ state: 'off', reason: cameraProblem(e) });
      return;
    }
    this.video.srcObject = this.stream;
    await this.video.play().catch(() => {});
    this.running = true;
    this.onState({ state: 'on', decoder: this.decoder.name });
    this.loop();
  }

  stop() {
    this.running = false;
    clearTimeout(this.timer);
    if (this.stream) this.stream.getTracks().forEach((t) => t.stop());
    this.stream = null;
    this.video.srcObject = null;
  }

  async loop() {
    if (!this.running) return;
    try {
      const code = await this.decoder.decode(this.video, this.canvas);
      if (code) this.seen(code.trim());
    } catch {
      // a frame that cannot be read (camera switching, video not ready): try the next one
    }
    if (this.running) this.timer = setTimeout(() => this.loop(), FRAME_INTERVAL_MS);
  }

  seen(code) {
    const now = Date.now();
    const same = code === this.last.code;
    const fresh = !same || now - this.last.seenAt > GONE_MS || now - this.last.handedAt > REPEAT_MS;
    this.last.code = code;
    this.last.seenAt = now;
    if (fresh && !this.paused) {
      this.last.handedAt = now;
      this.onCode(code);
    }
  }

  /** After a result: the last code counts as just handed over (the REPEAT_MS wait starts now). */
  resume() {
    this.paused = false;
    this.last.handedAt = Date.now();
  }
}

function cameraProblem(e) {
  switch (e && e.name) {
    case 'NotAllowedError': return 'Camera access was refused. Allow it in the browser settings, or type or scan codes with a hand scanner.';
    case 'NotFoundError': return 'No camera was found on this device.';
    case 'NotReadableError': return 'The camera is in use by another app.';
    default: return `The camera could not be started (${e && e.message ? e.message : e}).`;
  }
}
