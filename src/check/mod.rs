//! `polku check`'s look at the built site, beyond what validation sees in the sources.

mod links;

pub use links::links;
