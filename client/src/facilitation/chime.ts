/** An optional, quiet two-note chime for "time's up" — off unless this person turned it on here. */
const KEY = 'rootwork.timer-chime'

export const chimeEnabled = (): boolean => {
  try {
    return localStorage.getItem(KEY) === 'on'
  } catch {
    return false
  }
}

export function setChimeEnabled(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off')
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export function playChime(): void {
  const Ctx = window.AudioContext
  if (!Ctx) return
  const ctx = new Ctx()
  const notes = [660, 880]
  notes.forEach((freq, i) => {
    const osc = ctx.createOscillator()
    const gain = ctx.createGain()
    const start = ctx.currentTime + i * 0.25
    osc.frequency.value = freq
    gain.gain.setValueAtTime(0.0001, start)
    gain.gain.exponentialRampToValueAtTime(0.06, start + 0.03)
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.5)
    osc.connect(gain).connect(ctx.destination)
    osc.start(start)
    osc.stop(start + 0.55)
  })
  setTimeout(() => void ctx.close(), 1200)
}
