# frozen_string_literal: true

require "openssl"

# The plugin's migrations are written for the Rails that Discourse runs (7.2+,
# `Migration[8.0]`); Debian ships ActiveRecord 6.1. Two differences matter, and
# this file bridges exactly those, nothing more:
#
# 1. `ActiveRecord::Migration[8.0]` is an unknown version to 6.1: it is mapped
#    onto 6.1's current behaviour.
# 2. Rails 7.1+ shortens generated index names longer than 62 bytes to
#    `idx_on_<columns>_<hash>` (activerecord/lib/active_record/connection_adapters/
#    abstract/schema_statements.rb, `generate_index_name`); 6.1 raises instead.
module MigrationCompat
  MAX_INDEX_NAME_SIZE = 62

  module ShortIndexNames
    def index_name(table_name, options)
      return super if !(Hash === options) || !options[:column]
      name = super
      return name if name.bytesize <= MAX_INDEX_NAME_SIZE
      hashed_identifier = "_#{OpenSSL::Digest::SHA256.hexdigest(name).first(10)}"
      short_name = "idx_on_#{Array(options[:column]) * "_"}"
      "#{short_name.mb_chars.limit(MAX_INDEX_NAME_SIZE - hashed_identifier.bytesize)}#{hashed_identifier}"
    end
  end

  def self.install!
    compatibility = ActiveRecord::Migration::Compatibility
    if !compatibility.const_defined?(:V8_0)
      compatibility.const_set(:V8_0, ActiveRecord::Migration::Current)
    end
    ActiveRecord::ConnectionAdapters::PostgreSQLAdapter.prepend(ShortIndexNames)
  end
end
