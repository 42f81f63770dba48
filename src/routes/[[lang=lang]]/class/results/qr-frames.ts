import { reportError } from '$lib/platform/report';
/** Reads the text of a QR code in the video's current frame, or null when there is none. */
export type QrFrameReader = (video: HTMLVideoElement) => Promise<string | null>;

// The Barcode Detection API is not in TypeScript's DOM types yet; this is the part of it used here.
type BarcodeDetectorLike = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };
type BarcodeDetectorClass = {
	new (options: { formats: string[] }): BarcodeDetectorLike;
	getSupportedFormats(): Promise<string[]>;
};

/** The largest side, in pixels, a frame is scaled to before jsQR reads it: its time grows with the pixel count. */
const jsQrFrameSide = 640;

/**
 * A QR reader for camera frames: the browser's BarcodeDetector where it reads QR codes, otherwise jsQR, which is
 * downloaded only now (about 130 kB, and most visits never scan).
 */
export async function createQrFrameReader(): Promise<QrFrameReader> {
	const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
	if (Detector) {
		try {
			if ((await Detector.getSupportedFormats()).includes('qr_code')) {
				const detector = new Detector({ formats: ['qr_code'] });
				return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
			}
		} catch (error) {
			reportError("Starting the browser's QR code detector", error);
			// Some browsers expose the API without a working implementation: fall back to jsQR.
		}
	}
	const { default: jsQR } = await import('jsqr');
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true });
	return async (video) => {
		const { videoWidth: width, videoHeight: height } = video;
		if (!context || width === 0 || height === 0) return null;
		const scale = Math.min(1, jsQrFrameSide / Math.max(width, height));
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		context.drawImage(video, 0, 0, canvas.width, canvas.height);
		const image = context.getImageData(0, 0, canvas.width, canvas.height);
		return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
	};
}
