//! The preview's HTTP side: the site's files with their MIME types, its `404.html`, and the
//! live-reload script and event stream under `/__polku/` (which `polku build` never writes).

use crate::i18n;
use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use axum::body::Body as HttpBody;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{self, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::Stream;
use tokio::sync::broadcast::error::RecvError;

use super::live::{Body, Event, Live};
use super::resolve::{Resolved, resolve};

pub const LIVE_SCRIPT: &str = "/__polku/live.js";
const EVENTS: &str = "/__polku/events";

pub fn router(live: Arc<Live>) -> Router {
    Router::new()
        .route(LIVE_SCRIPT, get(live_script))
        .route(EVENTS, get(events))
        .fallback(site_file)
        .with_state(live)
}

async fn live_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        include_str!("live.js"),
    )
        .into_response()
}

/// The browser's event stream: first `ready` (or `broken` while the newest build is broken),
/// then one event per rebuild.
async fn events(
    State(live): State<Arc<Live>>,
) -> Sse<impl Stream<Item = Result<sse::Event, Infallible>>> {
    let first = Some(
        live.broken()
            .map_or(sse::Event::default().event("ready").data("-"), |m| {
                to_sse(&Event::Broken(m))
            }),
    );
    let state = (first, live.subscribe(), live.stopping.subscribe());
    let stream = futures_util::stream::unfold(state, |(first, mut events, mut stop)| async move {
        if let Some(first) = first {
            return Some((Ok(first), (None, events, stop)));
        }
        loop {
            let event = tokio::select! {
                _ = stop.wait_for(|stopping| *stopping) => return None,
                event = events.recv() => event,
            };
            match event {
                Ok(event) => return Some((Ok(to_sse(&event)), (None, events, stop))),
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// Browsers drop an event without data, so the data-less ones carry a `-`.
fn to_sse(event: &Event) -> sse::Event {
    match event {
        Event::Reload => sse::Event::default().event("reload").data("-"),
        Event::Broken(messages) => {
            // The panel's own words come with the messages, in the language of the messages.
            let panel = serde_json::json!({
                "title": i18n::text("panel-title", &[]),
                "note": i18n::text("panel-lead", &[]),
                "close": i18n::text("panel-close", &[]),
                "messages": messages,
            });
            sse::Event::default()
                .event("broken")
                .data(panel.to_string())
        }
    }
}

async fn site_file(State(live): State<Arc<Live>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let site = live.site();
    let found = resolve(uri.path(), &site.root, |p| site.files.contains_key(p));
    let path = match found {
        Resolved::File(path) => path,
        Resolved::Redirect(to) => {
            return (StatusCode::FOUND, [(header::LOCATION, to)]).into_response();
        }
        Resolved::NotFound => return not_found(&site).await,
    };
    match read(&site.files[&path]).await {
        Some(bytes) => file_response(StatusCode::OK, &path, bytes),
        None => not_found(&site).await,
    }
}

async fn read(body: &Body) -> Option<Vec<u8>> {
    match body {
        Body::Memory(bytes) => Some(bytes.to_vec()),
        // Only regular files: a file replaced by a symlink since the build is not followed.
        Body::Disk(path) => match tokio::fs::symlink_metadata(path).await {
            Ok(meta) if meta.is_file() => tokio::fs::read(path).await.ok(),
            _ => None,
        },
    }
}

async fn not_found(site: &super::live::Snapshot) -> Response {
    let page = match site.files.get("404.html") {
        Some(body) => read(body).await,
        None => None,
    };
    let page = page.unwrap_or_else(|| {
        b"<!doctype html><html lang=\"en\"><title>Not found</title><body><h1>Not found</h1></body></html>"
            .to_vec()
    });
    file_response(StatusCode::NOT_FOUND, "404.html", page)
}

fn file_response(status: StatusCode, path: &str, mut bytes: Vec<u8>) -> Response {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let content_type = match mime.type_() {
        mime_guess::mime::TEXT => format!("{mime}; charset=utf-8"),
        _ if mime.subtype() == mime_guess::mime::JAVASCRIPT || mime.subtype() == "json" => {
            format!("{mime}; charset=utf-8")
        }
        _ => mime.to_string(),
    };
    if mime.subtype() == mime_guess::mime::HTML {
        bytes = inject_live_script(bytes);
    }
    let mut response = Response::new(HttpBody::from(bytes));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    // A preview is always fresh: the browser must not keep an old page or stylesheet.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Adds the live-reload script before `</body>`.
fn inject_live_script(html: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src=\"{LIVE_SCRIPT}\" defer></script>");
    let mut text = match String::from_utf8(html) {
        Ok(text) => text,
        Err(not_text) => return not_text.into_bytes(),
    };
    match text.rfind("</body>") {
        Some(at) => text.insert_str(at, &tag),
        None => text.push_str(&tag),
    }
    text.into_bytes()
}
