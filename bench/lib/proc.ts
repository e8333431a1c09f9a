/**
 * Reads another process's CPU time and resident memory from /proc (Linux), so each server is
 * measured from outside while the load generator runs in this process.
 */
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

export const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100
  } catch {
    return 100
  }
})()

/** utime + stime of a process, in seconds (resolution: one clock tick, usually 10 ms). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // the command name (field 2) may contain spaces; fields after the closing parenthesis are fixed
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const utime = Number(fields[11])
  const stime = Number(fields[12])
  return (utime + stime) / CLOCK_TICKS
}

/** Summed CPU seconds of several processes (a cluster's instances). */
export function totalCpuSeconds(pids: readonly number[]): number {
  return pids.reduce((n, pid) => n + cpuSeconds(pid), 0)
}

/** Summed resident set size of several processes. */
export function totalRssBytes(pids: readonly number[]): number {
  return pids.reduce((n, pid) => n + rssBytes(pid), 0)
}

/** Resident set size in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)
  return match ? Number(match[1]) * 1024 : 0
}

/** This process's own CPU seconds (user + system). */
export function ownCpuSeconds(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

/** Samples the summed RSS of processes every `everyMs` until stopped; returns the peak seen. */
export function sampleRss(pids: readonly number[], everyMs = 100): { stop(): number } {
  let peak = totalRssBytes(pids)
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, totalRssBytes(pids))
    } catch {
      // the process may have exited; keep the last peak
    }
  }, everyMs)
  return {
    stop() {
      clearInterval(timer)
      try {
        peak = Math.max(peak, totalRssBytes(pids))
      } catch {
        // ignore: see above
      }
      return peak
    },
  }
}
