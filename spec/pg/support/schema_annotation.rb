# frozen_string_literal: true

# The "# == Schema Information" block at the end of each model, in the format
# Discourse's annotations check writes (annotaterb, run by the plugin CI
# workflow in discourse/.github against the migrated database): columns in
# table order with their type, default and null-ness, then the indexes. Built
# here from the tables this tier migrated, so a migration that changes a table
# fails spec/pg/models/annotations_pg.rb until the model says so.
module SchemaAnnotation
  HEADER = "# == Schema Information"

  module_function

  def for(model)
    connection = model.connection
    table = model.table_name
    primary = Array(connection.primary_key(table))
    columns = connection.columns(table)
    width = columns.map { _1.name.size }.max
    lines = ["#{HEADER}", "#", "# Table name: #{table}", "#"]
    columns.each do |column|
      type = format(":%-16s", type_of(column))
      lines << "#  #{column.name.ljust(width)} #{type} #{attributes(column, primary)}".rstrip
    end
    lines << "#"
    indexes = connection.indexes(table).sort_by(&:name)
    if indexes.any?
      name_width = indexes.map { _1.name.size }.max
      lines.push("# Indexes", "#")
      indexes.each do |index|
        lines << "#  #{index.name.ljust(name_width)}  #{index_text(index)}".rstrip
      end
      lines << "#"
    end
    "#{lines.join("\n")}\n"
  end

  def type_of(column)
    column.type == :integer && column.limit == 8 ? "bigint" : column.type.to_s
  end

  def attributes(column, primary)
    parts = []
    parts << "default(#{default_text(column)})" if !column.default.nil?
    parts << "not null" if !column.null
    parts << "primary key" if primary.include?(column.name)
    parts << "is an Array" if column.respond_to?(:array?) && column.array?
    parts.join(", ")
  end

  def default_text(column)
    value = column.default
    case column.type
    when :boolean
      value == "true" ? "TRUE" : "FALSE"
    when :integer, :float, :decimal
      value
    when :jsonb, :json
      value
    else
      column.respond_to?(:array?) && column.array? ? value.tr("{}", "[]") : value.inspect
    end
  end

  def index_text(index)
    text = "(#{Array(index.columns).join(",")})"
    text += " UNIQUE" if index.unique
    text += " WHERE #{index.where}" if index.where.present?
    text
  end

  # The model file with its block replaced by (or given) the current one.
  def annotated(source, annotation)
    body = source.split(/^#{Regexp.escape(HEADER)}$/).first.rstrip
    "#{body}\n\n#{annotation}"
  end
end
