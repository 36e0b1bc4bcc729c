import type { CaseFile, CaseFileEvent, Person } from '@/lib/api/types';

export const agent = {
  username: 'agent.cripel',
  displayName: 'Amina Lambert',
  role: 'CRI_AGENT',
  cri: 'CRIPEL',
  operator: null,
  nis: null,
};

export const FILE_ID = '3f1c2a9e-1111-4c1f-9a51-2f0c6d7e8a90';
export const PERSON_ID = '0b8f3c1e-4a5d-4c1f-9a51-2f0c6d7e8a90';

export function caseFile(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    id: FILE_ID,
    personId: PERSON_ID,
    person: { lastName: 'El Amrani', firstNames: 'Yasmina', birthDate: '1993-05-02', nationality: 'MA' },
    cri: 'CRIPEL',
    residenceCri: 'CRIPEL',
    state: 'OPENED',
    participation: 'OBLIGED',
    openedOn: '2026-11-02',
    finalDeadline: '2028-03-10',
    deadlineExtensions: [],
    deadlines: [
      { kind: 'FINAL', dueOn: '2028-03-10', doneOn: null, state: 'ON_TIME', daysLeft: 473 },
      { kind: 'RECEPTION_MODULE', dueOn: '2026-12-02', doneOn: null, state: 'DUE_SOON', daysLeft: 9 },
    ],
    axes: [
      {
        axis: 'RECEPTION',
        required: true,
        startedOn: null,
        doneOn: null,
        hoursDone: 0,
        hoursRequired: 0,
        hoursRemaining: 0,
      },
      {
        axis: 'CITIZENSHIP',
        required: true,
        startedOn: null,
        doneOn: null,
        hoursDone: 12,
        hoursRequired: 60,
        hoursRemaining: 48,
      },
    ],
    queues: [],
    nextSteps: ['RECEPTION', 'SUSPENDED', 'CLOSED'],
    allowedActions: ['START_RECEPTION', 'SUSPEND', 'CLOSE'],
    nextStep: {
      action: 'START_RECEPTION',
      deadline: { kind: 'RECEPTION_MODULE', dueOn: '2026-12-02', doneOn: null, state: 'DUE_SOON', daysLeft: 9 },
    },
    ...overrides,
  };
}

export const events: CaseFileEvent[] = [
  {
    sequence: 1,
    type: 'OPENED',
    summary: 'Dossier ouvert (personne obligée)',
    fromState: null,
    toState: 'OPENED',
    occurredOn: '2026-11-02',
    reason: null,
    detail: null,
    recordedBy: 'agent.cripel',
    recordedAt: '2026-11-02T09:00:00Z',
  },
];

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: PERSON_ID,
    lastName: 'El Amrani',
    firstNames: 'Yasmina',
    birthDate: '1993-05-02',
    nationality: 'MA',
    communeNis: '62063',
    cpasBeneficiary: false,
    permits: [{ permitType: 'FAMILY_REUNIFICATION', orderDate: '2025-03-10' }],
    registeredByCri: 'CRIPEL',
    assessment: {
      kind: 'RULES_ENGINE',
      status: 'OBLIGED',
      code: null,
      deadline: '2028-03-10',
      asOf: '2026-11-23',
      assessedBy: 'agent.cripel',
      explanation: [
        {
          rule: 'FAMILY',
          provision: 'Art. 152 §1 : titre de séjour de plus de trois mois',
          legalSource: 'CWASS art. 152',
          applied: true,
        },
        { rule: 'D3', provision: 'Dispense D3 : études en Belgique', legalSource: 'AGW art. 3', applied: false },
      ],
    },
    ...overrides,
  };
}

/** A JSON answer with its ETag. */
export function versioned(body: unknown, etag: string, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ETag: etag },
  });
}
