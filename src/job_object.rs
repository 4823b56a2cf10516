//! Windows job objects: what process groups are on Unix. Each helper program gets a job of its
//! own, so ending the job at the deadline ends everything the program started; and loginsjekk
//! itself sits in a job that Windows ends when loginsjekk's last handle to it closes, so no
//! program it started outlives it, even when it is killed. Only system calls live here; the
//! bookkeeping (which job belongs to which program) is in src/interrupt.rs.

use std::os::windows::io::AsRawHandle;
use std::ptr::null;

use windows_sys::Win32::Foundation::{CloseHandle, HANDLE};
use windows_sys::Win32::System::JobObjects::{
    AssignProcessToJobObject, CreateJobObjectW, JobObjectExtendedLimitInformation,
    SetInformationJobObject, TerminateJobObject, JOBOBJECT_EXTENDED_LIMIT_INFORMATION,
    JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE,
};
use windows_sys::Win32::System::Threading::GetCurrentProcess;

/// A job handle kept as a number, so the table of jobs can live in a static.
pub type Job = usize;

/// A new job whose processes all end when its last handle closes.
fn kill_on_close_job() -> Option<HANDLE> {
    // SAFETY: no security attributes and no name: both may be null.
    let job = unsafe { CreateJobObjectW(null(), null()) };
    if job.is_null() {
        return None;
    }
    let mut limits = JOBOBJECT_EXTENDED_LIMIT_INFORMATION::default();
    limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    // SAFETY: `limits` is the structure the information class names, with its size.
    let set = unsafe {
        SetInformationJobObject(
            job,
            JobObjectExtendedLimitInformation,
            (&limits as *const JOBOBJECT_EXTENDED_LIMIT_INFORMATION).cast(),
            size_of::<JOBOBJECT_EXTENDED_LIMIT_INFORMATION>() as u32,
        )
    };
    if set == 0 {
        // SAFETY: `job` is a handle this function owns.
        unsafe { CloseHandle(job) };
        return None;
    }
    Some(job)
}

/// Puts loginsjekk in a job that ends with it. The handle is never closed: Windows closes it
/// when the process ends, whatever the way, and then ends every process left in the job.
pub fn contain_self() {
    if let Some(job) = kill_on_close_job() {
        // SAFETY: both handles are valid; the current-process pseudo-handle needs no closing.
        unsafe { AssignProcessToJobObject(job, GetCurrentProcess()) };
    }
}

/// Puts a program just started in a job of its own, returned for [`end`]. A program it starts
/// from now on is in the job too.
pub fn contain(child: &std::process::Child) -> Option<Job> {
    let job = kill_on_close_job()?;
    // SAFETY: `job` is ours and the child's handle stays open while `child` lives.
    if unsafe { AssignProcessToJobObject(job, child.as_raw_handle() as HANDLE) } == 0 {
        // SAFETY: as above.
        unsafe { CloseHandle(job) };
        return None;
    }
    Some(job as Job)
}

/// Ends every process in the job and lets the job go; 0 is no job.
pub fn end(job: Job) {
    if job == 0 {
        return;
    }
    let job = job as HANDLE;
    // SAFETY: `job` came from `contain` and is closed only here, once.
    unsafe {
        TerminateJobObject(job, 1);
        CloseHandle(job);
    }
}
