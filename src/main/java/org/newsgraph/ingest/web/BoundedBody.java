package org.newsgraph.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit and cancels the transfer as soon as it passes the limit, so a
 * huge or endless body costs at most the limit in memory. Either fails with {@link TooLarge} or, for bodies
 * read only for a glance (robots.txt, error pages), keeps what came before the limit.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body passed the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("larger than " + Fetcher.megabytes(limit));
        }
    }

    private final long limit;
    private final boolean truncate;
    private final boolean declaredTooLarge;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private BoundedBody(long limit, boolean truncate, boolean declaredTooLarge) {
        this.limit = limit;
        this.truncate = truncate;
        this.declaredTooLarge = declaredTooLarge;
    }

    /** A handler failing bodies above the limit (at once when Content-Length already says so). */
    static HttpResponse.BodyHandler<byte[]> failingAbove(long limit) {
        return info -> {
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            return new BoundedBody(limit, false, declared > limit);
        };
    }

    /** A handler keeping at most the first {@code limit} bytes. */
    static HttpResponse.BodyHandler<byte[]> truncatingAt(long limit) {
        return info -> new BoundedBody(limit, true, false);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredTooLarge) {
            s.cancel();
            result.completeExceptionally(new TooLarge(limit));
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (buffer.size() + (long) n > limit) {
                subscription.cancel();
                if (truncate) {
                    byte[] rest = new byte[(int) (limit - buffer.size())];
                    b.get(rest);
                    buffer.write(rest, 0, rest.length);
                    result.complete(buffer.toByteArray());
                } else {
                    result.completeExceptionally(new TooLarge(limit));
                }
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            buffer.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
