import type { HandleClientError } from '@sveltejs/kit';

// A page whose scripts or data cannot be fetched (offline, and not saved on this device) is not a bug: the error
// page says so. `navigator.onLine` alone cannot tell, as it stays true on a network that answers nothing.
export const handleError: HandleClientError = ({ error, message }) => ({
	message,
	unreachable: error instanceof TypeError && /fetch|import/i.test(error.message)
});
