//! Exercises: fenced ```exercise blocks of YAML in lesson bodies, checked and turned into the
//! context of `partials/exercise.html`.

use serde::Deserialize;
use serde_json::{Value as Json, json};

use crate::diagnostics::{Diagnostic, Text, text};
use crate::yaml::{self, Positions};

#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Exercise {
    Match {
        instruction: String,
        pairs: Vec<(String, String)>,
    },
    Gap {
        instruction: String,
        sentences: Vec<String>,
        answers: Vec<String>,
    },
    Choice {
        instruction: String,
        question: String,
        options: Vec<String>,
        correct: usize,
    },
    Truefalse {
        instruction: String,
        statements: Vec<Statement>,
    },
    Write {
        instruction: String,
        prompt: String,
        model: Option<String>,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: String,
    pub correct: bool,
}

pub const GAP: &str = "___";

/// Parses and checks one exercise whose YAML starts on line `first_line` of `file`.
pub fn parse(
    text: &str,
    file: &std::path::Path,
    first_line: usize,
) -> Result<Exercise, Diagnostic> {
    let positions = Positions::build(text, first_line);
    let value = yaml::parse(text, file, first_line)?;
    let exercise: Exercise = yaml::typed(value, &positions, file, "", &[]).map_err(|mut d| {
        let about_kind = d.message.arg("key") == Some("kind");
        if d.code == "INVALID-VALUE" && (about_kind || d.message.id() == Some("not-allowed")) {
            d.hint = Some(text!("render-exercise-kind.hint"));
        }
        d
    })?;
    let problem = |path: &str, message: Text, hint: Text| {
        Err(Diagnostic::error("EXERCISE", file, positions.value(path), message).hint(hint))
    };
    match &exercise {
        Exercise::Gap {
            sentences, answers, ..
        } => {
            let gaps: usize = sentences.iter().map(|s| s.matches(GAP).count()).sum();
            if gaps != answers.len() {
                return problem(
                    "answers",
                    text!("render-exercise-gaps", gaps = gaps, answers = answers.len()),
                    text!("render-exercise-gaps.hint"),
                );
            }
        }
        Exercise::Choice {
            options, correct, ..
        } => {
            if options.len() < 2 {
                return problem(
                    "options",
                    text!("render-exercise-options"),
                    text!("render-exercise-options.hint"),
                );
            }
            if *correct == 0 || *correct > options.len() {
                return problem(
                    "correct",
                    text!(
                        "render-exercise-correct",
                        correct = correct,
                        options = options.len()
                    ),
                    text!("render-exercise-correct.hint"),
                );
            }
        }
        Exercise::Match { pairs, .. } if pairs.len() < 2 => {
            return problem(
                "pairs",
                text!("render-exercise-pairs"),
                text!("render-exercise-pairs.hint"),
            );
        }
        Exercise::Truefalse { statements, .. } if statements.is_empty() => {
            return problem(
                "statements",
                text!("render-exercise-statements"),
                text!("render-exercise-statements.hint"),
            );
        }
        _ => {}
    }
    Ok(exercise)
}

impl Exercise {
    /// The template context: see docs/templates.md.
    pub fn context(&self, number: usize) -> Json {
        let id = format!("harjoitus-{number}");
        match self {
            Exercise::Match { instruction, pairs } => {
                let mut options: Vec<&str> = pairs.iter().map(|(_, b)| b.as_str()).collect();
                options.sort_by(|a, b| crate::finnish::collate(a, b));
                json!({"number": number, "id": id, "kind": "match", "instruction": instruction,
                    "pairs": pairs.iter().map(|(a, b)| json!({"left": a, "answer": b})).collect::<Vec<_>>(),
                    "options": options})
            }
            Exercise::Gap {
                instruction,
                sentences,
                answers,
            } => {
                let mut answers = answers.iter();
                let sentences: Vec<Json> = sentences
                    .iter()
                    .map(|s| {
                        let parts: Vec<&str> = s.split(GAP).collect();
                        let these: Vec<&String> = answers.by_ref().take(parts.len() - 1).collect();
                        json!({"parts": parts, "answers": these})
                    })
                    .collect();
                json!({"number": number, "id": id, "kind": "gap", "instruction": instruction, "sentences": sentences})
            }
            Exercise::Choice {
                instruction,
                question,
                options,
                correct,
            } => json!({
                "number": number, "id": id, "kind": "choice", "instruction": instruction, "question": question,
                "options": options.iter().enumerate().map(|(i, o)| json!({"text": o, "correct": i + 1 == *correct})).collect::<Vec<_>>()}),
            Exercise::Truefalse {
                instruction,
                statements,
            } => json!({
                "number": number, "id": id, "kind": "truefalse", "instruction": instruction,
                "statements": statements.iter().map(|s| json!({"text": s.text, "correct": s.correct})).collect::<Vec<_>>()}),
            Exercise::Write {
                instruction,
                prompt,
                model,
            } => json!({
                "number": number, "id": id, "kind": "write", "instruction": instruction, "prompt": prompt, "model": model}),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn gap_counts_must_agree() {
        let err = parse(
            "kind: gap\ninstruction: a\nsentences: [\"___ ja ___\"]\nanswers: [x]\n",
            Path::new("l.md"),
            20,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "l.md:23:10: error[EXERCISE]: the gap exercise has 2 gaps (`___`) but 1 answers\n  hint: give exactly one answer for each `___`, in order"
        );
    }

    #[test]
    fn gap_context_splits_sentences_at_gaps() {
        let ex = parse("kind: gap\ninstruction: a\nsentences: [\"___ ja ___\", \"b ___\"]\nanswers: [x, y, z]\n", Path::new("l.md"), 1).unwrap();
        let ctx = ex.context(2);
        assert_eq!(ctx["sentences"][0]["answers"], json!(["x", "y"]));
        assert_eq!(ctx["sentences"][1]["parts"], json!(["b ", ""]));
        assert_eq!(ctx["id"], "harjoitus-2");
    }
}
