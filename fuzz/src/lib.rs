//! What the fuzz targets share: running the front end on the stack size the `ouro` binary gives it.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Mutex, OnceLock};

/// The stack `ouro` (src/main.rs) runs the front end on. The parser's depth
/// guard (CPython's 6000 nested rules) is sized for it, not for libFuzzer's
/// 8 MiB main thread, so a fuzz input must get the same room or deep nesting
/// would report a stack overflow `ouro` itself never hits.
const FRONT_END_STACK: usize = 512 << 20;

type Job = (Vec<u8>, fn(&[u8]));

/// One long-lived thread with that stack: starting a thread per input costs
/// more than the front end's work (AddressSanitizer clears the whole stack's
/// shadow when a thread ends).
struct Worker {
    jobs: Mutex<Sender<Job>>,
    done: Mutex<Receiver<()>>,
}

fn worker() -> &'static Worker {
    static WORKER: OnceLock<Worker> = OnceLock::new();
    WORKER.get_or_init(|| {
        let (jobs, job_queue) = channel::<Job>();
        let (finished, done) = channel();
        std::thread::Builder::new()
            .stack_size(FRONT_END_STACK)
            .spawn(move || {
                for (input, work) in job_queue {
                    work(&input);
                    if finished.send(()).is_err() {
                        break;
                    }
                }
            })
            .expect("cannot start the front-end thread");
        Worker {
            jobs: Mutex::new(jobs),
            done: Mutex::new(done),
        }
    })
}

/// Runs `work(input)` on the front-end thread and waits for it. A panic there
/// aborts the process through libfuzzer-sys's panic hook, so libFuzzer still
/// records `input` as the crashing one.
pub fn on_front_end_stack(input: &[u8], work: fn(&[u8])) {
    let worker = worker();
    let sent = worker
        .jobs
        .lock()
        .expect("front-end job queue poisoned")
        .send((input.to_vec(), work));
    sent.expect("the front-end thread is gone");
    worker
        .done
        .lock()
        .expect("front-end reply queue poisoned")
        .recv()
        .expect("the front-end thread is gone");
}
