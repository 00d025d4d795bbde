// Reads QR codes from video frames: the browser's own BarcodeDetector where it can read QR
// codes (Android, macOS, ChromeOS), else ZXing's JavaScript port, loaded only then (it is
// ~290 KB; see docs/ARCHITECTURE.md for where it comes from).

/** A decoder: {name, decode(video, canvas) -> Promise<string|null>}. */
export async function createDecoder() {
  if ('BarcodeDetector' in window) {
    try {
      const formats = await window.BarcodeDetector.getSupportedFormats();
      if (formats.includes('qr_code')) return nativeDecoder(new window.BarcodeDetector({ formats: ['qr_code'] }));
    } catch {
      // not usable here: fall through to ZXing
    }
  }
  return zxingDecoder();
}

function nativeDecoder(detector) {
  return {
    name: 'built-in BarcodeDetector',
    async decode(video) {
      const found = await detector.detect(video);
      return found.length ? found[0].rawValue : null;
    },
  };
}

async function zxingDecoder() {
  await import('zxing-js'); // a UMD bundle: it defines globalThis.ZXing
  const { ZXing } = globalThis;
  const reader = new ZXing.QRCodeReader();
  const hints = new Map([[ZXing.DecodeHintType.TRY_HARDER, true]]);
  return {
    name: 'ZXing',
    async decode(video, canvas) {
      if (!drawFrame(video, canvas)) return null;
      try {
        const bitmap = new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(new ZXing.HTMLCanvasElementLuminanceSource(canvas)));
        return reader.decode(bitmap, hints).getText();
      } catch {
        return null; // no code in this frame (NotFound, checksum or format errors)
      } finally {
        reader.reset();
      }
    },
  };
}

const MAX_SIDE = 800;

/** Copies the current video frame onto the canvas, scaled down so a phone decodes it quickly. */
function drawFrame(video, canvas) {
  const w = video.videoWidth;
  const h = video.videoHeight;
  if (!w || !h) return false;
  const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
  canvas.width = Math.round(w * scale);
  canvas.height = Math.round(h * scale);
  canvas.getContext('2d', { willReadFrequently: true }).drawImage(video, 0, 0, canvas.width, canvas.height);
  return true;
}
