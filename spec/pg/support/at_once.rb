# frozen_string_literal: true

# Runs blocks in threads that each hold their own database connection and
# start together, so they really race inside PostgreSQL. Returns what each
# returned; an exception in a thread is raised here.
module AtOnce
  def at_once(count, &block)
    barrier = Concurrent::CyclicBarrier.new(count)
    threads =
      Array.new(count) do |index|
        Thread.new do
          ActiveRecord::Base.connection_pool.with_connection do
            barrier.wait
            block.call(index)
          end
        end
      end
    threads.map(&:value)
  end
end
