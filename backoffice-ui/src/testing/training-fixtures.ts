import type { AttendanceRecording, OperatorEnrolment } from '@/lib/api/types';

export const trainer = {
  username: 'formateur.ili',
  displayName: 'Julie Collard',
  role: 'OPERATOR_TRAINER',
  cri: null,
  operator: 'ILI-LIEGE',
  nis: null,
};

/** An active citizenship enrolment with ILI-LIEGE: `done` of 60 hours. */
export function enrolment(id: string, lastName: string, done = 0): OperatorEnrolment {
  return {
    id,
    person: { lastName, firstNames: 'Amina', birthDate: '1991-04-17' },
    axis: 'CITIZENSHIP',
    startDate: '2026-10-05',
    endDate: null,
    status: 'ACTIVE',
    progress: {
      axis: 'CITIZENSHIP',
      hoursDone: done,
      hoursRequired: 60,
      hoursRemaining: 60 - done,
      done: done >= 60,
      doneOn: done >= 60 ? '2026-11-20' : null,
      completedBy: null,
    },
  };
}

export function page(items: OperatorEnrolment[]) {
  return { items, page: 1, pageSize: items.length, total: items.length };
}

/** The 201 answer of a posting that brought the axis to `done` hours. */
export function recording(enrolmentId: string, hours: number, done: number): AttendanceRecording {
  return {
    entry: {
      id: `entry-${enrolmentId}`,
      kind: 'SESSION',
      enrolmentId,
      operatorCode: 'ILI-LIEGE',
      axis: 'CITIZENSHIP',
      sessionDate: '2026-11-20',
      hours,
      recordedBy: 'formateur.ili',
      recordedAt: '2026-11-20T10:00:00Z',
    },
    axis: {
      axis: 'CITIZENSHIP',
      hoursDone: done,
      hoursRequired: 60,
      hoursRemaining: 60 - done,
      done: done >= 60,
      doneOn: null,
      completedBy: null,
    },
    parcoursCompleted: false,
  };
}
