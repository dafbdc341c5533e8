const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(count: number): string {
  let rest = count;
  let text = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      text += numeral;
      rest -= value;
    }
  }
  return text;
}

/** Word's letter numbering: A … Z, then AA, BB … */
function letters(count: number): string {
  return String.fromCharCode(65 + ((count - 1) % 26)).repeat(Math.ceil(count / 26));
}

/** The number of an argument heading as Word's numbering writes it: I., A., 1., (a) for depths 0–3. */
export function argumentNumber(depth: number, count: number): string {
  switch (depth) {
    case 0:
      return `${roman(count)}.`;
    case 1:
      return `${letters(count)}.`;
    case 2:
      return `${count}.`;
    default:
      return `(${letters(count).toLowerCase()})`;
  }
}
