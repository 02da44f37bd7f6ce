//! The `polku` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use polku::build::{self, Failure, Report};
use polku::{i18n, scaffold, schema};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "polku",
    version,
    about = "Publishes project materials as an accessible website and printable card decks"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of Polku's messages: fi, sv or en [default: POLKU_LANG, else the site's
    /// `language:`, else fi]
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
}

impl Command {
    /// The folder of the site the command works on, whose language its messages speak.
    fn site_root(&self) -> PathBuf {
        match self {
            Command::Build { root, .. } | Command::Check { root, .. } => root.clone(),
            Command::New { root, .. } | Command::Schema { root, .. } => root.clone(),
            Command::Serve(options) => options.root.clone(),
            Command::Init { .. } => PathBuf::from("."),
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (default: public/)
    Build {
        /// The site's folder (the one with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public]
        #[arg(long)]
        output: Option<PathBuf>,
        /// Override `base_url` from site.yaml, e.g. https://example.fi/materiaalit/
        #[arg(long)]
        base_url: Option<String>,
        /// Include files marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Replace the output folder even if Polku did not create it
        #[arg(long)]
        force: bool,
        /// Print how long each step took
        #[arg(long, short)]
        verbose: bool,
        /// Also write the site as a ZIP that opens from a folder, search included
        /// (as `offline: {zip: true}` in site.yaml)
        #[arg(long)]
        offline: bool,
    },
    /// Load, validate and render the site without writing anything
    Check {
        /// The site's folder (the one with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Include files marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Also check every http:// and https:// link of the pages (uses the network; the
        /// links that worked are kept in ROOT/.polku-cache/external-links.json)
        #[arg(long)]
        external: bool,
        /// With --external: for how many hours a link that worked is not checked again (0: check
        /// every link)
        #[arg(long, value_name = "N", default_value_t = 24, requires = "external")]
        cache_hours: u64,
        /// With --external: the least time between two requests to one host, in milliseconds
        #[arg(long, value_name = "MS", default_value_t = 500, requires = "external")]
        rate_ms: u64,
        /// Count warnings as errors (e.g. starter text left in a file), for checking a site
        /// before it is published
        #[arg(long)]
        strict: bool,
    },
    /// Preview the site: serve it, rebuild when a file changes and reload the browser
    Serve(polku::serve::Options),
    /// Write a starter file of a content type, e.g. `polku new lesson oppitunnit/sarja/uusi.md`
    New {
        /// lesson, term, deck, card, path, workshop, project, outcomes, page or accessibility
        #[arg(value_name = "TYPE")]
        type_name: String,
        /// Path below content/ (for a deck: its folder)
        path: String,
        /// The site's folder (the one with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Write a JSON Schema of every content type (for completion and checking while typing in
    /// an editor), and VS Code's .vscode/settings.json unless the site has its own
    Schema {
        /// The site's folder (the one with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the schemas [default: ROOT/schema]
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Create a new minimal site that builds
    Init {
        /// Folder for the new site (must not exist or be empty)
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match i18n::choose(cli.lang.as_deref(), &cli.command.site_root()) {
        Ok(lang) => i18n::set_language(lang),
        Err(message) => return usage_error(&message),
    }
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            force,
            verbose,
            offline,
        } => {
            let output = Some(output.unwrap_or_else(|| build::default_output(&root)));
            let options = build::Options {
                root,
                output: output.clone(),
                base_url,
                drafts,
                force,
                offline_zip: offline,
                ..Default::default()
            };
            finish(build::build(&options), verbose, |report| {
                let shown = output
                    .as_deref()
                    .map(|o| o.display().to_string())
                    .unwrap_or_default();
                let built = i18n::text(
                    "built",
                    &[
                        ("pages", report.pages.to_string()),
                        ("files", report.files.to_string()),
                        ("output", shown),
                    ],
                );
                match &report.zip {
                    Some((name, bytes)) => {
                        let size = ("size", polku::finnish::size_text(*bytes as usize));
                        let zip = i18n::text("built-zip", &[("name", name.clone()), size]);
                        format!("{built}\n{zip}")
                    }
                    None => built,
                }
            })
        }
        Command::Check {
            root,
            drafts,
            external,
            cache_hours,
            rate_ms,
            strict,
        } => {
            let options = build::Options {
                root,
                output: None,
                base_url: None,
                drafts,
                external: external.then_some(polku::check::External {
                    cache_hours,
                    interval: std::time::Duration::from_millis(rate_ms),
                }),
                ..Default::default()
            };
            let result = match build::build(&options) {
                Ok(report) | Err(Failure::Content(report))
                    if strict && report.diagnostics.warning_count() > 0 =>
                {
                    Err(Failure::Content(Report {
                        diagnostics: report.diagnostics.strict(),
                        ..report
                    }))
                }
                result => result,
            };
            finish(result, false, |report| {
                i18n::text("check-ok", &[("pages", report.pages.to_string())])
            })
        }
        Command::Serve(options) => match polku::serve::serve(options) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => usage_error(&message),
        },
        Command::New {
            type_name,
            path,
            root,
        } => match scaffold::new_file(&root, &type_name, &path) {
            Ok(written) => {
                let path = written.display().to_string();
                println!("{}", i18n::text("new-written", &[("path", path)]));
                ExitCode::SUCCESS
            }
            Err(message) => usage_error(&message),
        },
        Command::Schema { root, output } => {
            let output = output.unwrap_or_else(|| schema::default_output(&root));
            match schema::run(&root, &output) {
                Ok(lines) => {
                    println!("{lines}");
                    ExitCode::SUCCESS
                }
                Err(schema::Failure::Site(found)) => {
                    eprint!("{}", found.report());
                    ExitCode::from(1)
                }
                Err(schema::Failure::Usage(message)) => usage_error(&message),
            }
        }
        Command::Init { dir } => match scaffold::init(&dir) {
            Ok(()) => {
                let dir = dir.display().to_string();
                println!("{}", i18n::text("init-done", &[("dir", dir)]));
                ExitCode::SUCCESS
            }
            Err(message) => usage_error(&message),
        },
    }
}

fn usage_error(message: &str) -> ExitCode {
    let message = message.to_string();
    eprintln!("{}", i18n::text("usage-error", &[("message", message)]));
    ExitCode::from(2)
}

/// Prints every problem, the summary and the timings, and picks the exit code.
fn finish(
    result: Result<Report, Failure>,
    verbose: bool,
    success: impl Fn(&Report) -> String,
) -> ExitCode {
    match result {
        Ok(report) => {
            eprint!("{}", report.diagnostics.report());
            if verbose {
                print_timings(&report);
            }
            println!("{}", success(&report));
            ExitCode::SUCCESS
        }
        Err(Failure::Content(report)) => {
            eprint!("{}", report.diagnostics.report());
            if verbose {
                print_timings(&report);
            }
            eprintln!("{}", i18n::text("nothing-written", &[]));
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => usage_error(&message),
    }
}

fn print_timings(report: &Report) {
    eprint!("{}", report.timings_text());
}
