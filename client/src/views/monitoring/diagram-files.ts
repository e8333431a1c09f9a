/**
 * Driver diagram downloads (the SVG and a PNG at twice its size, through ui/svg-export.ts) and ids
 * for new PDSA cycles.
 */
import { downloadPng, downloadSvg } from '../../ui/svg-export'
import { newId } from '../../../../shared/ids'

export const saveSvg = downloadSvg
export const savePng = downloadPng

/** Ids for new PDSA cycles (the one id generator; it works on plain-HTTP LAN addresses too). */
export const newCycleId = (): string => newId('pdsa')
