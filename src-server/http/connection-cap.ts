import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Caps open sockets per remote address: a client opening hundreds of connections (and stalling
 * them) gets the extra ones closed as they connect, so others can still reach the server. Behind
 * a reverse proxy every socket comes from the proxy: raise the cap above the proxy's pool.
 */
export function capConnectionsPerClient(server: Server, max: number, onRefused: (address: string) => void): void {
  const open = new Map<string, number>();
  // One log line per burst, not one per refused socket: a flood must not flood the log too.
  const reported = new Set<string>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      if (!reported.has(address)) onRefused(address);
      reported.add(address);
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      reported.delete(address);
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
