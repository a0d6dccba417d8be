/** The first index whose value is at least `value`, in an ascending array of ids (its length when none is). */
export function lowerBound(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether an ascending array of ids holds `value`. */
export function holds(values: Int32Array, value: number): boolean {
  return values[lowerBound(values, value)] === value;
}
