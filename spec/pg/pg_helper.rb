# frozen_string_literal: true

# The PostgreSQL tier: the plugin's server Ruby (models, services, jobs, query
# objects, the Discourse-facing parts of lib/) running against a throwaway
# PostgreSQL, on the Gemfile's Rails 7.2 gems and small stand-ins for the Discourse
# classes it calls (spec/pg/stand-ins, each naming the file it mirrors).
#
# Files here end in _pg.rb rather than _spec.rb: Discourse's plugin CI runs
# every *_spec.rb under spec/, and these stand-ins must never load beside the
# real Discourse.

PLUGIN_ROOT = File.expand_path("../..", __dir__)

# The gems are the Gemfile's test group, as Gemfile.lock pins them (Rails 7.2):
# run this tier with `bundle exec rspec`.
if !defined?(Bundler) || Bundler.root.to_s != PLUGIN_ROOT
  abort "spec/pg runs on the Gemfile's gems: bundle exec rspec spec/pg --pattern '**/*_pg.rb'"
end

require_relative "support/coverage"
ServerCoverage.start(PLUGIN_ROOT) if ENV["MEDIATION_COVERAGE_FILE"]

require "active_record"
require "active_support/all"
require "active_support/testing/time_helpers"
require "pg"
require "zeitwerk"
require "i18n"

require_relative "support/throwaway_postgres"
require_relative "support/migration_compat"

Time.zone_default = Time.find_zone!("UTC")
ActiveRecord.default_timezone = :utc
ActiveRecord::Base.logger = nil

POSTGRES = ThrowawayPostgres.new(PLUGIN_ROOT).start
at_exit { POSTGRES.stop }

ActiveRecord::Base.establish_connection(POSTGRES.connection_config)
MigrationCompat.install!

# ActiveModelSerializers 0.8 and Fabrication, the real gems as Discourse uses them.
require "active_model_serializers"
require "fabrication"

Dir[File.join(__dir__, "stand-ins", "*.rb")].sort.each { |file| require file }

# config/locales/server.en.yml, as Discourse loads it, over core's date
# formats; a missing key or a missing placeholder raises instead of
# printing "translation missing".
I18n.load_path += [
  File.join(__dir__, "support/core_dates.en.yml"),
  File.join(PLUGIN_ROOT, "config/locales/server.en.yml"),
]
I18n.available_locales = [:en]
I18n.default_locale = :en
I18n.exception_handler = ->(exception, *) do
  raise exception.respond_to?(:to_exception) ? exception.to_exception : exception
end
I18n.backend.load_translations

SiteSetting.load!(File.join(PLUGIN_ROOT, "config/settings.yml"))

require_relative "support/core_schema"
ActiveRecord::Migration.verbose = false
CoreSchema.create!
ActiveRecord::MigrationContext.new(File.join(PLUGIN_ROOT, "db/migrate")).migrate
CoreSchema.seed!

# plugin.rb itself, evaluated as Discourse loads plugins (stand-ins/plugin_instance.rb);
# its after_initialize blocks run once the plugin's code is loaded, below.
PLUGIN = Plugin::Instance.new(nil, File.join(PLUGIN_ROOT, "plugin.rb")).activate!

# The engine autoloads app/ and lib/ (lib/discourse_mediation/engine.rb);
# Zeitwerk does the same here. Jobs live in the Jobs namespace, as in core.
PLUGIN_LOADER = Zeitwerk::Loader.new
%w[
  app/models
  app/services
  app/queries
  app/serializers
  app/controllers
  app/controllers/concerns
  lib
].each { |dir| PLUGIN_LOADER.push_dir(File.join(PLUGIN_ROOT, dir)) }
PLUGIN_LOADER.ignore(File.join(PLUGIN_ROOT, "lib/discourse_mediation/engine.rb"))
PLUGIN_LOADER.setup
PLUGIN_LOADER.eager_load
Dir[File.join(PLUGIN_ROOT, "app/jobs/**/*.rb")].sort.each { |file| require file }

PLUGIN.notify_after_initialize

# The plugin's routes, drawn as Discourse draws them (stand-ins/engine.rb).
require_relative "../../config/routes"

# The default published list and ladder, as db/fixtures seeds them on install;
# every example starts from them and rolls its own changes back.
DiscourseMediation::Defaults.seed!

Dir[File.join(__dir__, "support", "*.rb")].sort.each { |file| require file }
Dir[File.join(__dir__, "fabricators", "*.rb")].sort.each { |file| require file }
require_relative "../lib/support/eq_time"

RSpec.configure do |config|
  config.include ActiveSupport::Testing::TimeHelpers
  config.include ServiceMatchers
  config.include JobRunner
  config.include SqlCounter
  config.include AtOnce
  # spec/requests, as Discourse's plugin CI runs it (requests_pg.rb), gets
  # Discourse's request helpers; this tier's own specs get its case steps.
  config.define_derived_metadata(file_path: %r{/spec/requests/}) do |metadata|
    metadata[:type] = :request
  end
  config.define_derived_metadata(file_path: %r{/spec/pg/}) { |metadata| metadata[:pg_tier] = true }
  config.include Requests, type: :request
  config.extend Requests::Fab, type: :request
  config.include CaseSteps, :pg_tier

  config.disable_monkey_patching!
  config.order = :random
  Kernel.srand(config.seed)

  # ActiveSupport's TimeHelpers travel back only in Minitest's teardown.
  config.after { travel_back }

  config.before do
    SiteSetting.reset!
    SiteSetting.mediation_enabled = true
    Recorders.clear!
  end

  # Each example runs in a transaction that is rolled back, as Rails'
  # transactional tests do; the services' own transactions become savepoints
  # and their after-commit callbacks still run, as in Discourse's test suite.
  config.around do |example|
    if example.metadata[:concurrent]
      begin
        example.run
      ensure
        Database.clean!
      end
    else
      connection = ActiveRecord::Base.connection
      connection.begin_transaction(joinable: false, _lazy: false)
      DB.test_transaction = connection.current_transaction
      begin
        example.run
      ensure
        DB.test_transaction = nil
        connection.rollback_transaction
      end
    end
  end
end
