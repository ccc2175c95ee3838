import { connect, type Socket } from 'node:net';

/**
 * A hand-driven HTTP/1.1 connection, for what fetch cannot do: send headers and then stall, send
 * half a body, or watch exactly when the server answers and when it hangs up.
 */
export interface RawConnection {
  socket: Socket;
  /** Everything the server sent so far. */
  received(): string;
  /** Resolves with the milliseconds from connecting until the server closed the connection. */
  closed: Promise<number>;
  /** Resolves once the server has sent a status line (or the connection closed without one). */
  answered: Promise<string>;
  /** Writes, resolving false once the server has hung up (EPIPE, reset) instead of throwing. */
  write(data: string | Buffer): Promise<boolean>;
}

export function rawConnection(url: string, options: { localAddress?: string } = {}): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let text = '';
    const socket = connect({ host: hostname, port: Number(port), localAddress: options.localAddress });
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    const closed = new Promise<number>((done) => socket.once('close', () => done(Date.now() - started)));
    const answered = new Promise<string>((done) => {
      const check = () => (/^HTTP\/1\.1 \d{3}/.test(text) ? done(text) : undefined);
      socket.on('data', check);
      socket.once('close', () => done(text));
    });
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => text,
        closed,
        answered,
        write: (data) =>
          new Promise((done) => {
            if (socket.destroyed || !socket.writable) return done(false);
            socket.write(data, (error) => done(!error));
          }),
      }),
    );
    socket.once('error', reject);
  });
}

/** The head of a request: `POST /v1/push` with the given headers. */
export function requestHead(method: string, path: string, headers: Record<string, string | number>): string {
  const lines = Object.entries({ host: '127.0.0.1', ...headers }).map(([k, v]) => `${k}: ${v}`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

export function statusOf(response: string): number | null {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(response);
  return match ? Number(match[1]) : null;
}
