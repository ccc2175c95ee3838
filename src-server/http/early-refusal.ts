import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** How long, and how much, a refused client may keep sending while it reads the refusal. */
const LINGER_MS = 2_000;
const LINGER_BYTES = 4 * 1024 * 1024;

/**
 * A refusal sent before the body was read (no token, no admin secret, too large, too many
 * requests) closes the connection — otherwise the socket stays open with the client still pushing
 * its body at it. Closed at once, though, the unread bytes make the kernel reset the connection,
 * and a client still uploading loses the reply: a laptop would take a 413 or 401 for a network
 * failure and retry the same batch for ever. So the server says `connection: close`, ends its side
 * after the reply and discards what still arrives — at most LINGER_BYTES for LINGER_MS — before
 * it lets go (a "lingering close", as nginx does). Nothing is buffered meanwhile.
 */
export function installEarlyRefusalClose(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (reply.statusCode < 400 || request.raw.complete) return;
    reply.header('connection', 'close');
    lingerOnClose(request.raw.socket);
  });
}

function lingerOnClose(socket: Socket): void {
  // Node's HTTP server calls destroySoon once a `connection: close` reply is written.
  socket.destroySoon = () => {
    socket.end();
    // The HTTP parser is done with this connection: what still arrives is read and dropped.
    socket.removeAllListeners('data');
    let drained = 0;
    socket.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > LINGER_BYTES) socket.destroy();
    });
    socket.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}
