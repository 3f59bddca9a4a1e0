export interface DataTableProps {
  /** "Data table", translated. */
  summary: string;
  /** Column headings, translated. */
  columns: string[];
  /** Rows of already formatted cells. */
  rows: string[][];
  /** Caption for screen readers: what the table shows. */
  caption: string;
}

/** The numbers behind a chart as an accessible table, behind a disclosure. */
export function DataTable({ summary, columns, rows, caption }: DataTableProps) {
  return (
    <details class="data-table">
      <summary>{summary}</summary>
      <div class="data-table-scroll">
        <table>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                {row.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
