# frozen_string_literal: true

# Discourse's shared examples: logging in, reading, replying, searching still
# work with the plugin on. Runs in Discourse's plugin CI.
RSpec.describe "Core features" do
  before { enable_current_plugin }

  it_behaves_like "having working core features"
end
