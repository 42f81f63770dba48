import { AppError } from '../errors';

// Apart from the scheduler (which brings ts-fsrs) so that a page can recognize the error without loading it.
/** FSRS could not schedule a card (its stored state is impossible): a scheduling problem, not a storage one. */
export class SchedulerError extends AppError<'unschedulable'> {
	constructor(
		readonly questionId: string,
		cause: unknown
	) {
		super(
			'unschedulable',
			`Card "${questionId}" cannot be scheduled: ${cause instanceof Error ? cause.message : String(cause)}`,
			{ cause }
		);
	}
}
