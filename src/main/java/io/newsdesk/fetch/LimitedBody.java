package io.newsdesk.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body, and gives up as soon as it is larger than the limit. */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

  /** The body went over the limit; the rest of it was not read. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("response body over the size limit", null);
    }
  }

  private final long maxBytes;
  private final long declaredLength;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  LimitedBody(long maxBytes, long declaredLength) {
    this.maxBytes = maxBytes;
    this.declaredLength = declaredLength;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (declaredLength > maxBytes) {
      subscription.cancel();
      body.completeExceptionally(new TooLarge());
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      if (received.size() + (long) buffer.remaining() > maxBytes) {
        subscription.cancel();
        body.completeExceptionally(new TooLarge());
        return;
      }
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      received.writeBytes(bytes);
    }
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    body.complete(received.toByteArray());
  }
}
