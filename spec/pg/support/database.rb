# frozen_string_literal: true

# For examples that commit for real (threads with their own connections):
# empties every table afterwards and puts the seeded rows back.
module Database
  module_function

  def clean!
    connection = ActiveRecord::Base.connection
    tables = connection.tables - %w[schema_migrations ar_internal_metadata]
    connection.execute(
      "TRUNCATE #{tables.map { |table| connection.quote_table_name(table) }.join(", ")} RESTART IDENTITY",
    )
    CoreSchema.seed!
    DiscourseMediation::Defaults.seed!
  end
end
