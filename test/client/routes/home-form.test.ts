import { describe, expect, it } from 'vitest'
import { homeFormError, humanHomeError } from '../../../client/src/routes/home-form'

const filled = { title: 'Grade 7 math', organisation: 'Riverside', facilitatorName: 'Coach Kim' }

describe('the home form’s error sentences', () => {
  it.each([
    [{ ...filled, title: '  ' }, 'title', 'Give the session a title, for example “Grade 7 math — root causes”.'],
    [{ ...filled, organisation: '' }, 'organisation', 'Enter the district or school this session is for.'],
    [{ ...filled, facilitatorName: '' }, 'facilitatorName', 'Enter your name so the team knows who is facilitating.'],
  ])('an empty field is named in a sentence (%#)', (values, field, message) => {
    expect(homeFormError(values)).toEqual({ field, message })
  })

  it('a complete form has no error', () => {
    expect(homeFormError(filled)).toBeUndefined()
  })

  it.each([
    [{ field: 'title', message: 'title: title must not be empty' }, 'Give the session a title, for example “Grade 7 math — root causes”.'],
    [{ field: 'title', message: 'title: title is at most 200 characters' }, 'Title is at most 200 characters.'],
    [{ message: 'Too many requests, try again in a minute.' }, 'Too many requests, try again in a minute.'],
  ])('the server’s "%s" reads as a sentence', (error, message) => {
    expect(humanHomeError(error).message).toBe(message)
    expect(humanHomeError(error).message).not.toMatch(/^\w+: /)
  })
})
