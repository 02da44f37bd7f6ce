//! `polku check`'s look at the built site, beyond what validation sees in the sources.

mod external;
mod links;

pub use external::{CACHE_FILE, External, external};
pub use links::{Written, links};
