# frozen_string_literal: true

require_relative "pg_helper"

# The invariants of docs/design.md, held by every combination of actions and
# not only one by one: seeded sequences of steps by every role, through the
# real services, every invariant checked after each step (WholeProcess). A
# sequence that breaks one is shrunk and printed with its seed.
#
# Replay one: MEDIATION_INVARIANT_SEED=<seed> MEDIATION_INVARIANT_SEQUENCES=1 bundle exec rspec spec/pg/decision_invariants_random_pg.rb
RSpec.describe "the whole process, played at random" do
  let(:figure_file) { File.join(PLUGIN_ROOT, "tmp", "decision-invariants.txt") }
  let(:sequences) { Integer(ENV.fetch("MEDIATION_INVARIANT_SEQUENCES", 200)) }

  it "keeps every invariant in every seeded sequence" do
    world = WholeProcess::World.new
    world.configure!
    runner = WholeProcess::Runner.new(self, world)
    first_seed = Integer(ENV.fetch("MEDIATION_INVARIANT_SEED", RSpec.configuration.seed * 1_000))

    steps = 0
    shrunk_count = 0
    reached = Hash.new(0)
    broken =
      (first_seed...first_seed + sequences).filter_map do |seed|
        played = runner.play(seed:)
        steps += played.steps.size
        played.reached.each { reached[_1] += 1 }
        next if played.violations.empty?
        # The first few are shrunk; the rest are reported by seed.
        next "seed #{seed}: #{played.violations.join("; ")}" if shrunk_count >= 3
        shrunk_count += 1
        shrunk = runner.shrink(seed, played.steps)
        "seed #{seed}, shrunk to #{shrunk.steps.size} of #{played.steps.size} steps:\n  " \
          "#{shrunk.steps.join("\n  ")}\n  => #{shrunk.violations.join("; ")}"
      end

    figure =
      "decision invariants: #{sequences} sequences, #{steps} steps, #{broken.size} violations"
    stages = WholeProcess::Runner::STAGES.map { "#{_1} #{reached[_1]}" }.join(", ")
    FileUtils.mkdir_p(File.dirname(figure_file))
    File.write(figure_file, "#{figure}\nsequences reaching each stage: #{stages}\n")
    expect(broken).to be_empty, "#{figure}\n#{broken.join("\n")}"
  end
end
