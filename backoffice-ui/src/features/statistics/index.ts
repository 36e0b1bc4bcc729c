export {
  CaseFileStatisticsSection,
  StateCounts,
  type CaseFileStatisticsProps,
} from './components/case-file-statistics';
export { MonthlyChart, MonthlyTable } from './components/monthly-chart';
