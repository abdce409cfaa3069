# frozen_string_literal: true

# The plugin's migrations are written for the Rails that Discourse runs
# (`Migration[8.0]`); the newest Rails that Debian's Ruby 3.1 allows is 7.2,
# which knows versions up to 7.2. `Migration[8.0]` is mapped onto 7.2's current
# behaviour; nothing the plugin's migrations use differs between the two
# (activerecord/lib/active_record/migration/compatibility.rb, V7_2 and V8_0).
module MigrationCompat
  def self.install!
    compatibility = ActiveRecord::Migration::Compatibility
    return if compatibility.const_defined?(:V8_0)
    compatibility.const_set(:V8_0, ActiveRecord::Migration::Current)
  end
end
