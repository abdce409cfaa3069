# frozen_string_literal: true

require "securerandom"

# discourse/discourse app/models/global_setting.rb: `safe_secret_key_base`,
# the 128 hex characters Discourse keys its secrets with. Core takes it from
# the environment (DISCOURSE_SECRET_KEY_BASE) or discourse.conf, else
# generates one and keeps it in Redis; never in PostgreSQL. One per test run
# here, as one per site there.
class GlobalSetting
  VALID_SECRET_KEY = /\A[0-9a-f]{128}\z/

  class << self
    def safe_secret_key_base
      @safe_secret_key_base ||= SecureRandom.hex(64)
    end

    # For the adversary who also holds the server's secret, and for a site
    # whose secret changed while a ballot was open.
    attr_writer :safe_secret_key_base
  end
end
