//! What a diagnostic says, kept apart from the language it is said in.

use std::fmt;

use crate::i18n::{self, Lang};

/// A diagnostic's message or hint: a message of Polku's Fluent files (`src/i18n/locales`),
/// named and with its arguments, put into words when it is printed; or plain text, for what
/// comes from outside Polku (a template engine's error, a file system's) and the texts not yet
/// in the Fluent files (those print the same in every language).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Text {
    /// Boxed, so that a diagnostic stays as small as one of two strings.
    Message(Box<Message>),
    Plain(String),
}

/// A message of the Fluent files: its id (`missing-key`, `missing-key.hint`) and arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// A [`Text::Message`]: `text!("missing-key", key = name)`.
macro_rules! text {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diagnostics::Text::Message(Box::new($crate::diagnostics::Message {
            id: $id,
            args: vec![$((stringify!($name), $value.to_string())),*],
        }))
    };
}

pub(crate) use text;

impl Text {
    /// The text in `lang` (English where `lang` lacks the message).
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Message(message) => i18n::text_in(lang, message.id, &message.args),
            Text::Plain(text) => text.clone(),
        }
    }
}

impl Text {
    /// The Fluent message's id, if it is one.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Text::Message(message) => Some(message.id),
            Text::Plain(_) => None,
        }
    }

    /// The Fluent message's argument `name`.
    pub fn arg(&self, name: &str) -> Option<&str> {
        match self {
            Text::Message(message) => message
                .args
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.as_str()),
            Text::Plain(_) => None,
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(i18n::language()))
    }
}
