package io.newsdesk.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one web resource over HTTP(S), with a time limit on the whole exchange, body included,
 * and a size limit on the body; conditionally when validators of an earlier answer are given.
 * Redirects are followed, never from https to http, unless the fetcher is made to hand them back
 * for the caller to vet each address. Plain Java: the command line uses it too.
 */
public final class WebFetcher {

  private static final String USER_AGENT = "Newsdesk/1.0 (news search portal)";
  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, text/html;q=0.9, application/xml;q=0.9,"
          + " text/*;q=0.8, */*;q=0.5";

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  /** A fetcher that follows redirects itself. */
  public WebFetcher(Duration timeout, long maxBytes) {
    this(timeout, maxBytes, HttpClient.Redirect.NORMAL);
  }

  private WebFetcher(Duration timeout, long maxBytes, HttpClient.Redirect redirects) {
    this.client =
        HttpClient.newBuilder().connectTimeout(timeout).followRedirects(redirects).build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /** A fetcher that answers a redirect with {@link Fetched.Redirect} instead of following it. */
  public static WebFetcher handingBackRedirects(Duration timeout, long maxBytes) {
    return new WebFetcher(timeout, maxBytes, HttpClient.Redirect.NEVER);
  }

  /** What an earlier answer said to send back so that an unchanged resource is not sent again. */
  public record Validators(Optional<String> etag, Optional<String> lastModified) {
    public static Validators none() {
      return new Validators(Optional.empty(), Optional.empty());
    }
  }

  /** A successful answer: the resource, or word that it has not changed. */
  public sealed interface Fetched permits Fetched.Body, Fetched.NotModified, Fetched.Redirect {

    /** A 2xx answer with its body and the validators for the next request. */
    record Body(byte[] bytes, Optional<String> contentType, Validators validators)
        implements Fetched {}

    /** 304: unchanged since the validators sent. */
    record NotModified() implements Fetched {}

    /** A redirect, from a fetcher that hands them back; the location is absolute. */
    record Redirect(URI location) implements Fetched {}
  }

  /** The resource could not be had; the message says why, for a person. */
  public static final class FetchFailure extends Exception {
    public FetchFailure(String message) {
      super(message, null, false, false);
    }
  }

  public Fetched get(URI uri) throws FetchFailure {
    return get(uri, Validators.none());
  }

  public Fetched get(URI uri, Validators validators) throws FetchFailure {
    String scheme = Objects.requireNonNullElse(uri.getScheme(), "").toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchFailure("not an http or https address: " + uri);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", ACCEPT);
    validators.etag().ifPresent(etag -> request.header("If-None-Match", etag));
    validators.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
    HttpResponse<byte[]> response = send(request.GET().build());
    int status = response.statusCode();
    if (status == 304) {
      return new Fetched.NotModified();
    }
    Optional<String> location = response.headers().firstValue("Location");
    if (status / 100 == 3 && location.isPresent()) {
      try {
        return new Fetched.Redirect(uri.resolve(location.get().strip()));
      } catch (IllegalArgumentException e) {
        throw new FetchFailure("redirected to an invalid address: " + location.get());
      }
    }
    if (status / 100 != 2) {
      throw new FetchFailure("answered HTTP " + status);
    }
    var headers = response.headers();
    return new Fetched.Body(
        response.body(),
        headers.firstValue("Content-Type"),
        new Validators(headers.firstValue("ETag"), headers.firstValue("Last-Modified")));
  }

  private HttpResponse<byte[]> send(HttpRequest request) throws FetchFailure {
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(request, info -> new LimitedBody(maxBytes, declaredLength(info)));
    try {
      return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw timedOut();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.cancel(true);
      throw new FetchFailure("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw failure(cause);
    }
  }

  private static long declaredLength(HttpResponse.ResponseInfo info) {
    return info.headers().firstValueAsLong("Content-Length").orElse(-1);
  }

  private FetchFailure failure(Throwable cause) {
    if (cause instanceof LimitedBody.TooLarge) {
      return new FetchFailure("larger than the limit of " + maxBytes + " bytes");
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return new FetchFailure("could not connect within " + seconds());
    }
    if (cause instanceof HttpTimeoutException) {
      return timedOut();
    }
    if (cause instanceof ConnectException) {
      return new FetchFailure(
          "could not connect: " + Objects.requireNonNullElse(cause.getMessage(), "refused"));
    }
    if (cause instanceof IOException) {
      return new FetchFailure(
          "failed: " + Objects.requireNonNullElse(cause.getMessage(), cause.toString()));
    }
    return new FetchFailure("failed: " + cause);
  }

  private FetchFailure timedOut() {
    return new FetchFailure("timed out after " + seconds());
  }

  private String seconds() {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }
}
