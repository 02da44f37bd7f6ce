//! `polku serve`: builds the site in memory, serves it, and rebuilds when a source file
//! changes. Browsers reload after a good rebuild and show the errors of a bad one over the last
//! good page.

mod http;
mod live;
mod resolve;
mod watch;

use crate::i18n;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Instant;

use crate::build::{self, Builder, Failure, Rendered};
use live::{Live, Snapshot};

/// How long the rebuilds must pause before the search index is made again.
const SEARCH_PAUSE: std::time::Duration = std::time::Duration::from_millis(1000);

/// `polku serve`'s options, as the command line gives them.
#[derive(Debug, clap::Args)]
pub struct Options {
    /// The site's folder (the one with site.yaml)
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The address to listen on
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// The port to listen on (0: any free port)
    #[arg(long, short, default_value_t = 1111)]
    pub port: u16,
    /// Allow a --bind address that other machines can reach
    #[arg(long)]
    pub expose: bool,
    /// Include files marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// Print how long each step of each rebuild took
    #[arg(long, short)]
    pub verbose: bool,
}

/// Runs the preview until Ctrl-C. `Err` is a message for the user (exit code 2).
pub fn serve(options: Options) -> Result<(), String> {
    if !options.bind.is_loopback() && !options.expose {
        let bind = [("address", options.bind.to_string())];
        return Err(i18n::with_hint("serve-exposed", &bind));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| i18n::text("serve-cannot-start", &[("detail", e.to_string())]))?;
    let address = SocketAddr::new(options.bind, options.port);
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(address))
        .map_err(|e| {
            let args = [("address", address.to_string()), ("detail", e.to_string())];
            i18n::with_hint("serve-cannot-listen", &args)
        })?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    let interrupt = interrupted(&runtime)?;
    if !options.bind.is_loopback() {
        let address = [("address", address.to_string())];
        eprintln!("{}", i18n::text("serve-exposed-warning", &address));
    }
    let build_options = build::Options {
        root: options.root.clone(),
        output: Some(PathBuf::new()),
        origin: Some(format!("http://{address}")),
        drafts: options.drafts,
        ..Default::default()
    };
    let mut rebuilds = Rebuilds::start(build_options, options.verbose);
    let live = Arc::new(Live::new(Snapshot::default()));
    rebuilds.run(&live);
    let url = format!("http://{address}{}", live.site().root);
    eprintln!("{}", i18n::text("serve-listening", &[("url", url)]));
    watch::start(&options.root, rebuilds, live.clone())?;

    let app = http::router(live.clone());
    let stop = async move {
        interrupt.await;
        eprintln!("{}", i18n::text("serve-stopping", &[]));
        let _ = live.stopping.send(true);
    };
    runtime
        .block_on(async {
            axum::serve(listener, app)
                .with_graceful_shutdown(stop)
                .await
        })
        .map_err(|e| i18n::text("serve-stopped", &[("detail", e.to_string())]))?;
    Ok(())
}

/// Ctrl-C, listened for from the call on, so that one pressed right after the start is not lost.
#[cfg(unix)]
fn interrupted(
    runtime: &tokio::runtime::Runtime,
) -> Result<impl Future<Output = ()> + use<>, String> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = runtime
        .block_on(async { signal(SignalKind::interrupt()) })
        .map_err(|e| i18n::text("serve-no-ctrl-c", &[("detail", e.to_string())]))?;
    Ok(async move {
        interrupt.recv().await;
    })
}

#[cfg(not(unix))]
fn interrupted(
    _runtime: &tokio::runtime::Runtime,
) -> Result<impl Future<Output = ()> + use<>, String> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

/// Builds on request and hands each good build's pages to the search indexer, which works
/// beside the next rebuilds so that a page reloads without waiting for the index.
pub struct Rebuilds {
    builder: Builder,
    verbose: bool,
    search: mpsc::Sender<(Arc<Live>, Rendered)>,
}

impl Rebuilds {
    fn start(options: build::Options, verbose: bool) -> Rebuilds {
        let (search, pending) = mpsc::channel::<(Arc<Live>, Rendered)>();
        std::thread::spawn(move || {
            // Each index reads again only the pages whose search document changed.
            let mut reuse = crate::search::Reuse::default();
            while let Ok(mut next) = pending.recv() {
                // Indexing a big site at once takes seconds and would slow the rebuilds of an
                // author still typing: it waits for a pause, and only the newest build is indexed.
                while let Ok(newer) = pending.recv_timeout(SEARCH_PAUSE) {
                    next = newer;
                }
                let (live, rendered) = next;
                let started = Instant::now();
                let mut parts = String::new();
                match rendered
                    .search
                    .bundle_reusing(&rendered.files, Some(&mut reuse))
                {
                    Ok((bundle, laps)) => {
                        parts = crate::laps::text(&laps.timings);
                        live.replace_dir(crate::output::BUNDLE_DIR, bundle);
                    }
                    Err(message) => {
                        let args = [("detail", message)];
                        eprintln!("{}", i18n::text("serve-search-failed", &args));
                    }
                }
                if verbose {
                    eprintln!(
                        "Search index in {:.0} ms: {} of {} pages read again",
                        started.elapsed().as_secs_f64() * 1000.0,
                        reuse.read,
                        reuse.read + reuse.reused,
                    );
                    eprint!("{parts}");
                }
            }
        });
        Rebuilds {
            builder: Builder::new(options),
            verbose,
            search,
        }
    }

    /// Builds the site, prints what the build found and puts a good build in place.
    pub fn run(&mut self, live: &Arc<Live>) {
        let started = Instant::now();
        match self.builder.render() {
            Ok(rendered) => {
                eprint!("{}", rendered.report.diagnostics.report());
                if self.verbose {
                    eprint!("{}", rendered.report.timings_text());
                }
                let root = rendered.search.urls.root.clone();
                let snapshot = Snapshot::new(rendered.files.clone(), root);
                // The terminal first, then the browsers.
                let ms = format!("{:.0}", started.elapsed().as_secs_f64() * 1000.0);
                let args = [
                    ("ms", ms),
                    ("rendered", rendered.report.rendered.to_string()),
                    ("pages", rendered.report.pages.to_string()),
                ];
                eprintln!("{}", i18n::text("serve-built", &args));
                live.publish(snapshot);
                let _ = self.search.send((live.clone(), rendered));
            }
            Err(Failure::Content(report)) => {
                eprint!("{}", report.diagnostics.report());
                eprintln!("{}", i18n::text("serve-failed", &[]));
                let messages = report
                    .diagnostics
                    .sorted()
                    .iter()
                    .map(|d| d.to_string())
                    .collect();
                live.fail(messages);
            }
            Err(Failure::Usage(message)) => {
                let shown = i18n::text("usage-error", &[("message", message.clone())]);
                eprintln!("{shown}");
                live.fail(vec![message]);
            }
        }
    }
}
