package render

import "fmt"

// Columns divides total (twips) among the columns of a table in proportion
// to their relative widths, the last column taking what rounding left, so
// that every renderer draws the same grid. It refuses a table without
// columns or with a width that is not positive, naming the column.
func Columns(widths []int, total int) ([]int, error) {
	sum, err := widthSum(widths)
	if err != nil {
		return nil, err
	}
	grid := make([]int, len(widths))
	used := 0
	for i, w := range widths[:len(widths)-1] {
		grid[i] = total * w / sum
		used += grid[i]
	}
	grid[len(grid)-1] = total - used
	return grid, nil
}

// widthSum returns the sum of the relative widths of the columns of a
// table, refusing a table without columns or with a width that is not
// positive.
func widthSum(widths []int) (int, error) {
	if len(widths) == 0 {
		return 0, fmt.Errorf("a table needs at least one column")
	}
	sum := 0
	for i, w := range widths {
		if w <= 0 {
			return 0, fmt.Errorf("column %d has width %d; widths must be positive", i, w)
		}
		sum += w
	}
	return sum, nil
}
