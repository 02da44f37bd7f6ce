//! Timing a run step by step, for `--verbose`: each lap is the time since the one before.

use std::time::{Duration, Instant};

/// Named laps, in order. A name with a `:` (`search: index`) is a part of the step before it:
/// shown below it, not added to the total.
#[derive(Debug)]
pub struct Laps {
    last: Instant,
    pub timings: Vec<(&'static str, Duration)>,
}

impl Laps {
    /// Starts timing now, after `timings` already taken.
    pub fn after(timings: Vec<(&'static str, Duration)>) -> Laps {
        Laps {
            last: Instant::now(),
            timings,
        }
    }

    /// Ends the lap `phase`.
    pub fn lap(&mut self, phase: &'static str) {
        let now = Instant::now();
        self.timings.push((phase, now - self.last));
        self.last = now;
    }
}

/// One line per step with its time (its parts indented below it), and the total.
pub fn text(timings: &[(&'static str, Duration)]) -> String {
    let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
    let mut text = String::new();
    let mut total = 0.0;
    for (phase, duration) in timings {
        match phase.split_once(": ") {
            Some((_, part)) => text += &format!("    {part:<10} {:>6.1} ms\n", ms(duration)),
            None => {
                total += ms(duration);
                text += &format!("  {phase:<10} {:>8.1} ms\n", ms(duration));
            }
        }
    }
    text + &format!("  {:<10} {:>8.1} ms\n", "total", total)
}
