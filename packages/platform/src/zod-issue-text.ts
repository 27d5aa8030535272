import { inputText, reasonText, type Text, type TextParams } from '@crm/texts';
import type { z } from 'zod';

/**
 * What a zod issue tells the person: the schema's own text when it names a reason code
 * (`{ message: crmText.reason('tin') }`), otherwise the input vocabulary's text for the issue's kind.
 */
export function issueText(issue: z.core.$ZodIssue): Text {
  const own = reasonText(issue.message, issue.code === 'custom' ? (issue.params as TextParams | undefined) : undefined);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? inputText('required') : inputText('type', { expected: issue.expected });
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? inputText('notEmpty') : inputText('tooShort', { minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return inputText('tooFew', { minimum });
      return issue.origin === 'number' && minimum === 0 && !issue.inclusive ? inputText('positive') : inputText('tooSmall', { minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return inputText('tooLong', { maximum });
      if (issue.origin === 'array' || issue.origin === 'set') return inputText('tooMany', { maximum });
      return inputText('tooBig', { maximum });
    }
    case 'invalid_format':
      if (issue.format === 'email') return inputText('email');
      if (issue.format === 'uuid' || issue.format === 'guid') return inputText('id');
      if (issue.format === 'date') return inputText('date');
      return inputText('format', { format: issue.format });
    case 'invalid_value':
      return inputText('oneOf', { options: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return inputText('unknownFields', { keys: issue.keys.join(', ') });
    default:
      return inputText('invalid');
  }
}
