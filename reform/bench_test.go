package reform_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/cchc-go/cchc/internal/testutil"
	"github.com/cchc-go/cchc/reform"
	"github.com/cchc-go/cchc/reform/finding"
)

// The benchmarks of the report package on the reference report: Decode,
// Validate, Document, and Aggregate at 1.000, 10.000 and 100.000 units. The
// whole pipeline, each renderer and the peers are in examples/bench_test.go;
// internal/bench/run.sh prints the ratios the issue asks for.

// BenchmarkDecode decodes the reference report strictly, with its peer: a
// plain encoding/json unmarshal of the same bytes into any.
func BenchmarkDecode(b *testing.B) {
	data := testutil.Reference(b)
	testutil.RunBytes(b, "strict", data, decode)
	testutil.RunBytes(b, "encoding-json-any", data, testutil.UnmarshalAny)
}

// decode decodes data strictly, for the benchmarks.
func decode(data []byte) error {
	_, err := reform.Decode(data)
	return err
}

// BenchmarkValidate validates the reference report: every check, then
// without building the document (Checker.SkipDocument).
func BenchmarkValidate(b *testing.B) {
	r := reference(b)
	testutil.Run(b, "all", func() error { _ = r.Validate(); return nil })
	c := reform.Checker{SkipDocument: true}
	testutil.Run(b, "SkipDocument", func() error { _ = c.Validate(r); return nil })
}

// BenchmarkDocument builds the document tree of the reference report.
func BenchmarkDocument(b *testing.B) {
	r := reference(b)
	testutil.Loop(b, func() error { _, err := r.Document(); return err })
}

// BenchmarkAggregate rolls up 1.000, 10.000 and 100.000 units made from the
// reference report (rollupUnits); the cost per unit should stay the same
// from 1.000 to 100.000 units (the ns/unit metric).
func BenchmarkAggregate(b *testing.B) {
	ref := reference(b)
	for _, n := range []int{1000, 10000, 100000} {
		units := rollupUnits(ref, n)
		b.Run(fmt.Sprintf("units=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, fs := reform.Aggregate(ref.Header, ref.Period, units, reform.AggregateOptions{}); fs.HasErrors() {
					b.Fatal(fs.Errors())
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/unit")
		})
	}
}

// BenchmarkAggregateProvince rolls up the largest province-sized input of
// issue 15: 20 Sở made from the reference report (rollupUnits) and 3.321
// communes made from the commune example (communeUnits), every unit in the
// reference's period; then the same with AggregateSources, which also tells
// the units of every figure. ns/unit compares with BenchmarkAggregate.
func BenchmarkAggregateProvince(b *testing.B) {
	ref := reference(b)
	data, err := os.ReadFile(communePath)
	require.NoError(b, err)
	commune, err := reform.Decode(data)
	require.NoError(b, err)
	units := append(rollupUnits(ref, 20), communeUnits(commune, ref.Period, 3321)...)
	h := reform.Header{Agency: "Ủy ban nhân dân tỉnh An Giang", Level: reform.LevelProvince}
	for _, sources := range []bool{false, true} {
		b.Run(fmt.Sprintf("sources=%t", sources), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				provinceRollUp(b, h, ref.Period, units, sources)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(units)), "ns/unit")
		})
	}
}

// provinceRollUp rolls units up, with their sources or not, and fails on an
// error finding.
func provinceRollUp(b *testing.B, h reform.Header, p reform.Period, units []*reform.Report, sources bool) {
	var fs finding.List
	if sources {
		_, _, fs = reform.AggregateSources(h, p, units, reform.AggregateOptions{})
	} else {
		_, fs = reform.Aggregate(h, p, units, reform.AggregateOptions{})
	}
	if fs.HasErrors() {
		b.Fatal(fs.Errors())
	}
}

// communePath is the commune example, the model of communeUnits.
const communePath = "../examples/testdata/commune-binh-hoa.json"

// communeUnits returns n communes made deterministically from the commune
// c, in period p: each its own report with its own plan and dossiers,
// their counts shifted by its index (the other sections shared, as
// Aggregate only reads them).
func communeUnits(c *reform.Report, p reform.Period, n int) []*reform.Report {
	units := make([]*reform.Report, n)
	for i := range units {
		u := *c
		u.Header.Agency = fmt.Sprintf("Ủy ban nhân dân xã %d", i+1)
		u.Period = p
		if d := c.Direction; d != nil && d.Plan != nil {
			plan := *d.Plan
			plan.TasksPlanned += int64(i % 5)
			plan.TasksDone += int64(i % 3)
			u.Direction = &reform.Direction{Plan: &plan}
		}
		if res := c.Results; res != nil && res.Procedures != nil && res.Procedures.Dossiers != nil {
			proc, dossiers := *res.Procedures, *res.Procedures.Dossiers
			dossiers.Online += int64(i % 13)
			proc.Dossiers = &dossiers
			u.Results = &reform.Results{Procedures: &proc, Digital: res.Digital}
		}
		units[i] = &u
	}
	return units
}

// rollupUnits returns n units made deterministically from the figures of
// ref: each unit is a report of its own with its own copy of every section
// Aggregate adds (the lists inside them are shared, as Aggregate only reads
// them), its counts of dossiers received in person and tasks planned and done shifted
// by its index so that the units differ. The narrative is left out, as
// Aggregate leaves it out by default.
func rollupUnits(ref *reform.Report, n int) []*reform.Report {
	units := make([]*reform.Report, n)
	for i := range units {
		u := &reform.Report{Header: ref.Header, Period: ref.Period, Figures: ref.Figures}
		u.Header.Agency = fmt.Sprintf("Đơn vị %d", i+1)
		if d := ref.Direction; d != nil {
			u.Direction = &reform.Direction{}
			if d.Plan != nil {
				p := *d.Plan
				p.TasksPlanned += int64(i % 7)
				p.TasksDone += int64(i % 5)
				u.Direction.Plan = &p
			}
			if d.Communication != nil {
				c := *d.Communication
				u.Direction.Communication = &c
			}
		}
		if res := ref.Results; res != nil {
			u.Results = &reform.Results{}
			if res.Procedures != nil {
				p := *res.Procedures
				if p.Dossiers != nil {
					d := *p.Dossiers
					d.InPerson += int64(i % 11)
					p.Dossiers = &d
				}
				u.Results.Procedures = &p
			}
			if res.Personnel != nil {
				p := *res.Personnel
				u.Results.Personnel = &p
			}
			if res.Digital != nil {
				d := *res.Digital
				u.Results.Digital = &d
			}
			if res.Finance != nil && res.Finance.Autonomy != nil {
				a := *res.Finance.Autonomy
				u.Results.Finance = &reform.Finance{Autonomy: &a}
			}
		}
		units[i] = u
	}
	return units
}

// ExampleChecker_Check validates a report and keeps the document Validate
// builds to check it, laid out for a renderer: the pipeline of "cchc
// render" and of BenchmarkPipeline, which builds the report once.
func ExampleChecker_Check() {
	r, err := readExample("380-BC-STP.json")
	if err != nil {
		panic(err)
	}
	checked := reform.Checker{}.Check(r, reform.DefaultWording())
	fmt.Println(checked.Err, len(checked.Findings.Errors()) > 0, checked.Layout.Header.Number)
	// Output: <nil> true Số: 380/BC-STP
}
