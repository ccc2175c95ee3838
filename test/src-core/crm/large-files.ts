import type { ImportFileInput } from '../../../src-core/crm';

/**
 * A Salesforce activity export of any size, made line by line as it is read (the test never holds
 * the whole file): `accounts` accounts, each with its share of `rows` completed calls.
 */
export const accountId = (n: number) => `0015g0000${String(n).padStart(6, '0')}`;

export function accountsFile(accounts: number): ImportFileInput {
  const lines = ['"Id","Name","BillingCity","Industry"'];
  for (let n = 0; n < accounts; n++) lines.push(`"${accountId(n)}","Account ${n}","Austin","Dental"`);
  const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
  return {
    name: 'Account.csv',
    chunks: async function* () {
      yield bytes;
    },
  };
}

export function taskLine(i: number, accounts: number): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  return `"00T5g${String(i).padStart(10, '0')}","${accountId(i % accounts)}","Call ${i}: follow-up on ""leads""","2025-${month}-${day}","Completed","Call","Discussed the numbers, line one\nline two","600","Outbound"`;
}

export const TASK_HEADER =
  '"Id","WhatId","Subject","ActivityDate","Status","TaskSubtype","Description","CallDurationInSeconds","CallType"';

export function tasksFile(
  rows: number,
  accounts: number,
  chunkBytes = 256 * 1024,
): ImportFileInput & { bytes(): number } {
  let total = 0;
  return {
    name: 'Task.csv',
    bytes: () => total,
    async *chunks() {
      const encoder = new TextEncoder();
      let buffer = `${TASK_HEADER}\n`;
      for (let i = 0; i < rows; i++) {
        buffer += `${taskLine(i, accounts)}\n`;
        if (buffer.length >= chunkBytes) {
          const bytes = encoder.encode(buffer);
          total += bytes.length;
          yield bytes;
          buffer = '';
        }
      }
      const bytes = encoder.encode(buffer);
      total += bytes.length;
      yield bytes;
    },
  };
}
