# frozen_string_literal: true

require_relative "pg_helper"

# The request specs Discourse's plugin CI runs (spec/requests), run here too:
# real ActionPack routing and the plugin's controllers, on the stand-ins of
# Discourse's ApplicationController and its spec helpers (support/requests.rb).
# flag_replacement_spec.rb is left to Discourse: it drives core's own
# PostActionsController.
Dir[File.join(PLUGIN_ROOT, "spec/requests/*_spec.rb")].sort.each do |file|
  next if File.basename(file) == "flag_replacement_spec.rb"
  require file
end
