//! libyaml's syntax errors (through serde_yaml) in words an editor can act on, at the token to
//! fix: a quote or bracket left open is only found where the text ends, so the place to point at
//! is where it was opened.

use saphyr_parser::{Event, Parser};

use crate::diagnostics::{Text, text};

/// libyaml's message, taken apart: `PROBLEM at line L column C, while CONTEXT at line L column C`.
pub(super) struct Syntax<'a> {
    problem: &'a str,
    problem_at: Option<(usize, usize)>,
    context: Option<&'a str>,
    context_at: Option<(usize, usize)>,
}

impl<'a> Syntax<'a> {
    /// `message` about `text`.
    pub(super) fn of(message: &'a str, text: &str) -> Syntax<'a> {
        let (problem, context) = match message.split_once(", while ") {
            Some((problem, context)) => (problem, Some(context)),
            None => (message, None),
        };
        let (problem, problem_at) = split_mark(problem);
        // serde_yaml leaves out the place of a context that is at the very start of the text,
        // or at the problem's own place: the text's first character tells which.
        let (context, context_at) = match context.map(split_mark) {
            Some((context, at)) => {
                let opener = [("quoted", "\"'"), ("sequence", "["), ("mapping", "{")]
                    .iter()
                    .find(|(kind, _)| context.contains(kind));
                let at_start =
                    opener.is_none_or(|(_, chars)| text.starts_with(|c| chars.contains(c)));
                let omitted = if at_start { Some((1, 1)) } else { problem_at };
                (Some(context), at.or(omitted))
            }
            None => (None, None),
        };
        Syntax {
            problem,
            problem_at,
            context,
            context_at,
        }
    }

    /// Where to point, what to say and how to fix it. A quote or bracket left open is found
    /// only where the file ends: the place to fix is where it was opened.
    pub(super) fn explain(&self, text: &str) -> (Option<(usize, usize)>, Text, Text) {
        let context = self.context.unwrap_or("");
        let opened = self.context_at.or(self.problem_at);
        if self.problem.contains("end of stream") && context.contains("quoted scalar") {
            return (
                opened,
                text!("yaml-open-quote"),
                text!("yaml-open-quote.hint"),
            );
        }
        let brackets = [
            ("flow sequence", "[]", "list"),
            ("flow mapping", "{}", "keys"),
        ];
        if let Some((_, pair, what)) = brackets.iter().find(|(kind, ..)| context.contains(kind)) {
            let (open, close) = pair.split_at(1);
            return (
                opened,
                text!("yaml-open-bracket", open = open, close = close),
                text!("yaml-open-bracket.hint", close = close, what = what),
            );
        }
        if self.problem.contains("expected ':'") && context.contains("simple key") {
            return (opened, text!("yaml-no-colon"), text!("yaml-no-colon.hint"));
        }
        if let Some(key) = self.problem.strip_prefix("duplicate entry with key ") {
            return (
                second_key(text).or(self.problem_at),
                text!("yaml-duplicate-key", key = key.trim_matches('"')),
                text!("yaml-duplicate-key.hint"),
            );
        }
        // libyaml names a tab only inside a line; at its start the tab "cannot start any token".
        let first = self.problem_at.and_then(|at| char_at(text, at));
        if self.problem.contains("tab character") || first == Some('\t') {
            return (self.problem_at, text!("yaml-tab"), text!("yaml-tab.hint"));
        }
        if let Some(first) = first.filter(|_| self.problem.contains("cannot start any token")) {
            return (
                self.problem_at,
                text!("yaml-cannot-start", first = first),
                text!("yaml-cannot-start.hint", first = first),
            );
        }
        if self.problem.contains("repetition limit exceeded") {
            return (
                first_alias(text),
                text!("yaml-alias-limit"),
                text!("yaml-alias-limit.hint"),
            );
        }
        if let Some(number) = self
            .problem
            .split('`')
            .nth(1)
            .filter(|_| self.problem.contains(" as u128") || self.problem.contains(" as i128"))
        {
            return (
                self.problem_at,
                text!("yaml-number-too-large", number = number),
                text!("yaml-number-too-large.hint"),
            );
        }
        (
            self.problem_at,
            text!("yaml-other", detail = self.problem),
            text!("yaml-other.hint"),
        )
    }
}

/// `text at line 2 column 4` → (`text`, (2, 4)).
fn split_mark(text: &str) -> (&str, Option<(usize, usize)>) {
    let Some((head, mark)) = text.rsplit_once(" at line ") else {
        return (text, None);
    };
    let at = mark
        .split_once(" column ")
        .and_then(|(line, col)| Some((line.trim().parse().ok()?, col.trim().parse().ok()?)));
    match at {
        Some(at) => (head, Some(at)),
        None => (text, None),
    }
}

/// The line and column (1-based) of the first `*alias` in `text`.
fn first_alias(text: &str) -> Option<(usize, usize)> {
    Parser::new_from_str(text).find_map(|event| match event {
        Ok((Event::Alias(_), span)) => Some((span.start.line(), span.start.col() + 1)),
        _ => None,
    })
}

/// The character at `(line, column)` (1-based) of `text`.
fn char_at(text: &str, (line, column): (usize, usize)) -> Option<char> {
    text.lines()
        .nth(line.checked_sub(1)?)?
        .chars()
        .nth(column.checked_sub(1)?)
}

/// The line and column (1-based) of the first key that its mapping already has.
fn second_key(text: &str) -> Option<(usize, usize)> {
    use std::collections::HashSet;
    // Per open collection: the keys of a mapping and whether a key comes next.
    let mut stack: Vec<Option<(HashSet<String>, bool)>> = Vec::new();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        if super::is_node(&event) {
            if let Some(Some((keys, key_next))) = stack.last_mut() {
                if *key_next
                    && let Event::Scalar(key, ..) = &event
                    && !keys.insert(key.to_string())
                {
                    return Some((span.start.line(), span.start.col() + 1));
                }
                *key_next = !*key_next;
            }
            match event {
                Event::MappingStart(..) => stack.push(Some((HashSet::new(), true))),
                Event::SequenceStart(..) => stack.push(None),
                _ => {}
            }
        } else if matches!(event, Event::MappingEnd | Event::SequenceEnd) {
            stack.pop();
        }
    }
    None
}
